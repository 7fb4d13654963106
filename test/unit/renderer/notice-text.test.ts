// The wall's notices in the settings page's language: each code worded from its values in French and in
// English; a notice without a code keeps the server's English.
import { describe, expect, it } from 'vitest';
import type { WallNotice } from '../../../src/shared/health.ts';
import { createWallI18n } from '../../../src/renderer/i18n/wall-i18n.ts';
import { noticeText } from '../../../src/renderer/settings/notice-text.ts';

const at = '2026-03-01T10:00:00.000Z';
const inFr = (n: WallNotice) => noticeText(n, createWallI18n('fr').t, 'fr');
const inEn = (n: WallNotice) => noticeText(n, createWallI18n('en').t, 'en');

describe('notice text', () => {
  it('config moved aside: the copy kept, the version in use, what to do', () => {
    const n: WallNotice = {
      level: 'error',
      message: 'The configuration file was damaged…',
      at,
      code: 'config-moved-aside',
      params: { file: '/d/config.json', movedTo: '/d/config.json.corrupt-x', previous: '/d/config.json.previous' },
    };
    expect(inFr(n)).toBe(
      'Le fichier de configuration /d/config.json était endommagé (ce n’est plus du JSON valide). Il a été conservé tel quel sous /d/config.json.corrupt-x et le mur utilise la version précédente (/d/config.json.previous). Vérifiez les réglages ci-dessous, puis enregistrez pour réécrire un fichier sain.',
    );
    expect(inEn(n)).toContain('the wall uses the previous version (/d/config.json.previous)');
    const { previous: _, ...noPrevious } = n.params;
    expect(inFr({ ...n, params: noPrevious })).toContain(
      'faute de version précédente, le mur utilise la configuration par défaut',
    );
  });

  it('database damaged or newer', () => {
    const damaged: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'database-moved-aside',
      params: { file: '/d/wall.db', movedTo: '/d/wall.db.corrupt-x', problem: 'file is not a database' },
    };
    expect(inFr(damaged)).toMatch(
      /^La base de données \/d\/wall\.db était endommagée \(file is not a database\)\. Elle a été conservée telle quelle sous \/d\/wall\.db\.corrupt-x et le mur a démarré avec une base vide/,
    );
    const newer: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'database-newer',
      params: { file: '/d/wall.db', movedTo: '/d/wall.db.newer-x', version: 9, latest: 4 },
    };
    expect(inFr(newer)).toContain('(schéma 9 ; cette version connaît jusqu’au schéma 4)');
    expect(inEn(newer)).toContain('(schema 9; this version knows up to schema 4)');
  });

  it('connector secrets moved aside: why, where, which sources lost their tokens', () => {
    const n: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'connector-secrets-moved-aside',
      params: {
        file: '/d/connector-secrets.json',
        reason: 'other-key',
        movedTo: '/d/c.corrupt-x',
        sources: ['bsky', 'google'],
      },
    };
    expect(inFr(n)).toBe(
      'Le fichier des jetons des connecteurs /d/connector-secrets.json ne peut pas être ouvert avec la clé de ce mur (il a été scellé sur un autre poste ou un autre compte, ou avec un autre fichier de clé). ' +
        'Il a été conservé sous /d/c.corrupt-x. ' +
        'Les jetons obtenus en cours de fonctionnement par « bsky » et « google » sont perdus : ces sources se reconnectent avec les identifiants enregistrés dans les réglages ; si l’une d’elles affiche ensuite « jeton expiré », saisissez à nouveau son jeton ou son mot de passe d’application dans ses réglages.',
    );
    expect(inEn(n)).toContain('The tokens that “bsky” and “google” obtained while running are lost');
    const notMoved: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'connector-secrets-moved-aside',
      params: { file: '/d/connector-secrets.json', reason: 'not-json', moveError: 'EACCES', sources: [] },
    };
    expect(inFr(notMoved)).toContain('Il n’a pas pu être mis de côté (EACCES)');
    expect(inFr(notMoved)).toContain('(sessions Bluesky, jetons Google renouvelés)');
  });

  it('connector secrets unreadable (an I/O error): the code, kept in place, memory only until the next start', () => {
    const n: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'connector-secrets-unreadable',
      params: { file: '/d/connector-secrets.json', readError: 'EBUSY', sources: [] },
    };
    expect(inFr(n)).toMatch(
      /^Le fichier des jetons des connecteurs \/d\/connector-secrets\.json ne peut pas être lu \(EBUSY\)\. Il a été laissé en place, sans être déplacé ni remplacé : jusqu’au prochain démarrage, le mur garde les jetons des connecteurs en mémoire seulement/,
    );
    expect(inFr(n)).not.toContain('sont perdus');
    expect(inEn(n)).toContain(
      'cannot be read (EBUSY). It was left in place, neither moved nor replaced: until the next start the wall keeps the connectors’ tokens in memory only',
    );
    const { readError: _, ...noCode } = n.params;
    expect(inEn({ ...n, params: noCode })).toMatch(
      /^The connectors’ token file \/d\/connector-secrets\.json cannot be read\. It was left in place/,
    );
    expect(inFr({ ...n, params: { file: '/d/connector-secrets.json' } })).toMatch(
      /^Le fichier des jetons des connecteurs \/d\/connector-secrets\.json ne peut pas être lu\. Il a été laissé en place/,
    );
    // Not the words of a file moved aside (that code keeps its own).
    expect(inEn(n)).not.toContain('It was kept as');
    expect(inEn(n)).not.toContain('are lost');
  });

  it('connector secrets not written; a notice without a code keeps its message', () => {
    const n: WallNotice = {
      level: 'warning',
      message: 'x',
      at,
      code: 'connector-secrets-not-written',
      params: { file: '/d/connector-secrets.json', error: 'ENOSPC' },
    };
    expect(inFr(n)).toContain('n’ont pas pu être écrits dans /d/connector-secrets.json (ENOSPC)');
    expect(inFr({ level: 'info', message: 'Plain English.', at })).toBe('Plain English.');
  });
});
