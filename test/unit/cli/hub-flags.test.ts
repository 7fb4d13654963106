import { describe, expect, it } from 'vitest';
import { readHubFlags } from '../../../src/main/cli/hub-flags.ts';

describe('the hub flags', () => {
  it('a single wall without them', () => {
    expect(readHubFlags({ hub: false }, {})).toEqual({ ok: true });
  });

  it('the database from the flag, else from the environment', () => {
    expect(readHubFlags({ hub: true, database: 'postgres://a@h/db' }, {})).toEqual({
      ok: true,
      hub: { database: 'postgres://a@h/db' },
    });
    expect(readHubFlags({ hub: true }, { SOCIAL_WALL_DATABASE_URL: 'postgresql://a:secret@h/db' })).toEqual({
      ok: true,
      hub: { database: 'postgresql://a:secret@h/db' },
    });
  });

  it('says what is missing or wrong, without the password', () => {
    const missing = readHubFlags({ hub: true }, {});
    expect(missing.ok || missing.message).toContain('--hub needs its PostgreSQL database');
    const wrong = readHubFlags({ hub: true, database: 'mysql://root:secret@h/db' }, {});
    expect(wrong.ok || wrong.message).toContain('must be a PostgreSQL URL');
    expect(wrong.ok || wrong.message).not.toContain('secret');
    const alone = readHubFlags({ database: 'postgres://h/db' }, {});
    expect(alone.ok || alone.message).toContain('add --hub');
  });

  it('the names the hub answers to behind its proxy (--public-host), checked', () => {
    expect(
      readHubFlags({ hub: true, database: 'postgres://h/db', 'public-host': ['Hub.Example.com', 'hub:8443'] }, {}),
    ).toEqual({
      ok: true,
      hub: { database: 'postgres://h/db', publicHosts: ['hub.example.com', 'hub:8443'] },
    });
    const url = readHubFlags(
      { hub: true, database: 'postgres://h/db', 'public-host': ['https://hub.example.com'] },
      {},
    );
    expect(url.ok || url.message).toContain('--public-host takes a host name');
    const alone = readHubFlags({ 'public-host': ['hub.example.com'] }, {});
    expect(alone.ok || alone.message).toContain('add --hub');
  });
});
