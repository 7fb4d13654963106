import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { ConfigError, loadConfig } from '../../../src/main/config/load-config.ts';
import { validateConfig } from '../../../src/main/config/validate-config.ts';

function errorsOf(input: unknown) {
  const result = validateConfig(input, connectorRegistry);
  return result.ok ? [] : result.errors;
}

describe('validateConfig', () => {
  it('gives the embedded default without a file: the demo source and the three reference panels', () => {
    const result = validateConfig(undefined, connectorRegistry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sources.map((s) => s.config.type)).toEqual(['demo']);
    expect(result.value.config.panels.map((p) => [p.id, p.type, p.networks])).toEqual([
      ['1', 'feed', ['facebook', 'instagram']],
      ['2', 'feed', ['x', 'foursquare']],
      ['3', 'stats', []],
    ]);
    expect(result.value.config).toMatchObject({
      language: 'fr',
      retentionDays: 30,
      server: { host: '127.0.0.1', port: 0 },
    });
  });

  it('starts with the guided setup unfinished; finished and skipped are kept, anything else named', () => {
    const setupOf = (input: unknown) => {
      const result = validateConfig(input, connectorRegistry);
      return result.ok ? result.value.config.setup : undefined;
    };
    expect(setupOf(undefined)).toBe('unfinished');
    expect(setupOf({ sources: [{ id: 'demo', type: 'demo' }] })).toBe('unfinished');
    expect(setupOf({ setup: 'finished' })).toBe('finished');
    expect(setupOf({ setup: 'skipped' })).toBe('skipped');
    expect(errorsOf({ setup: 'done' }).map((e) => e.field)).toEqual(['setup']);
  });

  it('titles the statistics panel in English when the wall speaks English', () => {
    const result = validateConfig({ language: 'en' }, connectorRegistry);
    expect(result.ok && result.value.config.panels[2]?.title).toBe('Statistics');
  });

  it("applies each connector's option defaults", () => {
    const result = validateConfig({ sources: [{ id: 'demo', type: 'demo' }] }, connectorRegistry);
    expect(result.ok && result.value.sources[0]?.options).toMatchObject({ postEverySeconds: 12, backfillHours: 24 });
  });

  it("names the field of every problem, including in a connector's options", () => {
    expect(
      errorsOf({
        retentionDays: 0,
        sources: [
          { id: 'demo', type: 'demo', options: { postEverySeconds: 0.1 } },
          { id: 'Bad Id', type: 'demo' },
          { id: 'tw', type: 'twitter' },
        ],
        panels: [{ id: '1', title: 'One', type: 'feed', sources: ['nope'] }],
      }).map((e) => e.field),
    ).toEqual(
      expect.arrayContaining([
        'retentionDays',
        'sources[1].id',
        'panels[0].sources[0]',
        'sources[0].options.postEverySeconds',
      ]),
    );
    expect(errorsOf({ sources: [{ id: 'tw', type: 'twitter' }] })).toEqual([
      { field: 'sources[0].type', message: expect.stringContaining('unknown source type "twitter"') },
    ]);
    expect(errorsOf({ sources: [{ id: 'r', type: 'replay', options: {} }] })[0]?.field).toBe('sources[0].options.file');
  });

  it("refuses duplicate ids and a poll interval under the connector's minimum", () => {
    expect(
      errorsOf({
        sources: [
          { id: 'a', type: 'demo' },
          { id: 'a', type: 'demo' },
        ],
      }),
    ).toEqual([{ field: 'sources[1].id', message: 'source id "a" is used twice' }]);
    expect(errorsOf({ sources: [{ id: 'a', type: 'demo', pollSeconds: 0.1 }] })[0]?.field).toBe(
      'sources[0].pollSeconds',
    );
  });

  it('refuses a short configured token (a display URL must not be guessable)', () => {
    expect(errorsOf({ server: { token: 'short' } })[0]?.field).toBe('server.token');
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'config-'));

  it('says which file was refused and why', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "language": "de", ');
    expect(() => loadConfig(file, connectorRegistry)).toThrow(ConfigError);
    expect(() => loadConfig(file, connectorRegistry)).toThrow(
      /broken\.json was refused:\n {2}- \(file\): not valid JSON/,
    );
    writeFileSync(file, '{ "language": "de" }');
    expect(() => loadConfig(file, connectorRegistry)).toThrow(/- language: /);
    expect(() => loadConfig(join(dir, 'missing.json'), connectorRegistry)).toThrow(/file not found/);
  });
});

describe('validateConfig messages', () => {
  it("words zod's checks as a form does, in the settings page's language when asked, in English otherwise", () => {
    const input = {
      retentionDays: 0,
      responseTargetMinutes: 2.5,
      brand: { name: '' },
      sources: [
        { id: 'demo', type: 'demo', options: { postEverySeconds: 0.1 } },
        { id: 'm', type: 'mastodon', options: { instances: ['nope'], hashtags: ['AtelierNova'] } },
      ],
    };
    const byField = (result: ReturnType<typeof validateConfig>) =>
      result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
    expect(byField(validateConfig(input, connectorRegistry, { language: 'fr' }))).toEqual({
      retentionDays: 'au moins 1',
      responseTargetMinutes: 'un nombre entier',
      'brand.name': 'obligatoire',
      'sources[0].options.postEverySeconds': 'au moins 0,5',
      'sources[1].options.instances[0].url': 'une adresse web complète, comme https://exemple.fr',
    });
    expect(byField(validateConfig(input, connectorRegistry))).toEqual({
      retentionDays: 'at least 1',
      responseTargetMinutes: 'a whole number',
      'brand.name': 'required',
      'sources[0].options.postEverySeconds': 'at least 0.5',
      'sources[1].options.instances[0].url': 'a full web address, like https://example.com',
    });
    // A value outside a list names the choices.
    const kiosk = validateConfig({ language: 'de' }, connectorRegistry, { language: 'fr' });
    expect(kiosk.ok ? '' : kiosk.errors[0]?.message).toBe('choisissez parmi : fr, en');
  });

  const messages = (input: unknown, language?: 'fr' | 'en') => {
    const result = validateConfig(input, connectorRegistry, language ? { language } : {});
    return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
  };
  const TOKEN = 'a'.repeat(32);
  // Each of the wall's own refinements and checks, once.
  const refinements = {
    server: { token: TOKEN, adminToken: TOKEN },
    sources: [
      { id: 'a', type: 'demo' },
      { id: 'a', type: 'demo' },
      { id: 'tw', type: 'twitter' },
      { id: 'slow', type: 'demo', pollSeconds: 0.01 },
    ],
    panels: [
      { id: 'p', title: 'P', type: 'feed', sources: ['nope'] },
      { id: 'p', title: 'Q', type: 'stats' },
    ],
    screens: { leftToRight: ['ghost'], repeatPanel: 'phantom' },
    brand: { callToAction: { qrUrl: 'http://example.com' } },
  };

  it("gives the wall's own refinements in French on a French page", () => {
    expect(messages(refinements, 'fr')).toEqual({
      'server.adminToken': 'le jeton d’administration doit être différent du jeton d’affichage',
      'sources[1].id': 'l’identifiant de source « a » est utilisé deux fois',
      'panels[1].id': 'l’identifiant de panneau « p » est utilisé deux fois',
      'panels[0].sources[0]': 'aucune source n’a l’identifiant « nope »',
      'screens.leftToRight[0]': 'aucun panneau n’a l’identifiant « ghost »',
      'screens.repeatPanel': 'aucun panneau n’a l’identifiant « phantom »',
      'brand.callToAction.qrUrl': 'indiquez une adresse web commençant par https://',
      // The sources' own checks (validate-config.ts: known type, poll interval).
      'sources[2].type': expect.stringMatching(/^type de source inconnu « twitter » \(types connus : .*demo.*\)$/),
      'sources[3].pollSeconds': 'doit être d’au moins 0,5 s pour ce réseau',
    });
  });

  it('keeps them in English for the command line and an English page', () => {
    for (const language of [undefined, 'en'] as const) {
      expect(messages(refinements, language)).toMatchObject({
        'server.adminToken': 'the admin token must differ from the display token',
        'sources[1].id': 'source id "a" is used twice',
        'screens.repeatPanel': 'no panel has the id "phantom"',
        'brand.callToAction.qrUrl': 'use a web address starting with https://',
      });
      expect(messages({ sources: [{ id: 'tw', type: 'twitter' }] }, language)['sources[0].type']).toMatch(
        /^unknown source type "twitter"/,
      );
    }
  });

  it("gives the connectors' own messages in French on a French page", () => {
    const sources = {
      sources: [
        {
          id: 'x',
          type: 'x',
          options: { bearerToken: 'short', brandUserId: 'ateliernova', brandHandle: '@ateliernova' },
        },
        {
          id: 'm',
          type: 'mastodon',
          options: { instances: ['https://mastodon.social'], hashtags: [], brandAccounts: ['nova'] },
        },
        { id: 't', type: 'trustpilot', options: { apiKey: 'k'.repeat(12) } },
        { id: 's', type: 'site-reviews', options: {} },
        { id: 'r', type: 'replay', options: { file: '' } },
      ],
    };
    expect(messages(sources, 'fr')).toEqual({
      'sources[0].options.bearerToken': 'collez le jeton Bearer de l’application',
      'sources[0].options.brandUserId':
        'l’identifiant numérique du compte de la marque (GET /2/users/by/username/:handle)',
      'sources[1].options.hashtags': 'indiquez au moins un hashtag',
      'sources[1].options.brandAccounts[0]': 'écrivez un compte sous la forme utilisateur@instance',
      'sources[2].options.businessName':
        'indiquez l’identifiant de l’entreprise (businessUnitId) ou son domaine (businessName)',
      'sources[3].options.webhookToken':
        'indiquez le jeton du webhook (webhookToken), l’adresse du flux (feedUrl), ou les deux',
      'sources[4].options.file': 'indiquez le chemin d’un fichier JSONL',
    });
    expect(messages(sources)['sources[0].options.bearerToken']).toBe("paste the app's Bearer Token");
  });
});
