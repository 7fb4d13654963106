// What a panel will show, said before it is saved: the networks of its sources that it keeps, and why it
// would stay empty.
import { describe, expect, it } from 'vitest';
import type { ConnectorFormView } from '../../../src/shared/settings-contract.ts';
import type { DraftConfig, DraftPanel } from '../../../src/renderer/settings/draft-config.ts';
import { panelContent } from '../../../src/renderer/settings/panels/panel-content.ts';
import type { Network } from '../../../src/shared/post.ts';

const connector = (type: string, networks: Network[]): ConnectorFormView => ({
  type,
  label: type,
  networks,
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  optionsSchema: {},
});
const CONNECTORS = [
  connector('demo', ['facebook', 'instagram', 'x', 'foursquare']),
  connector('x', ['x']),
  connector('facebook', ['facebook']),
];
const config = (sources: DraftConfig['sources']): DraftConfig => ({ sources }) as unknown as DraftConfig;
const feed = (networks: Network[], sources: string[] = []): DraftPanel => ({
  id: '1',
  title: 'Panel',
  type: 'feed',
  networks,
  sources,
});
const X = { id: 'x', type: 'x', enabled: true, options: {} };
const FB = { id: 'fb', type: 'facebook', enabled: true, options: {} };

describe('panelContent', () => {
  it('a statistics panel shows the statistics', () => {
    expect(panelContent(config([X]), { ...feed([]), type: 'stats' }, CONNECTORS)).toEqual({ kind: 'stats' });
  });

  it('a feed: the sources that publish on its networks, each with the networks it brings', () => {
    const demo = { id: 'demo', type: 'demo', enabled: true, options: {} };
    expect(panelContent(config([demo, X, FB]), feed(['facebook', 'instagram']), CONNECTORS)).toEqual({
      kind: 'feed',
      networks: ['facebook', 'instagram'],
      sources: [
        { id: 'demo', networks: ['facebook', 'instagram'] },
        { id: 'fb', networks: ['facebook'] },
      ],
    });
  });

  it('no network ticked: every network', () => {
    const content = panelContent(config([X]), feed([]), CONNECTORS);
    expect(content.kind === 'feed' && content.networks.length).toBe(10);
  });

  it('empty when no source publishes on its networks: "X · Foursquare" with Facebook only', () => {
    expect(panelContent(config([FB]), feed(['x', 'foursquare']), CONNECTORS)).toEqual({
      kind: 'empty',
      networks: ['x', 'foursquare'],
      why: 'no-match',
    });
  });

  it('empty when the sources that would feed it are paused, or when it has none', () => {
    expect(panelContent(config([{ ...X, enabled: false }]), feed(['x']), CONNECTORS)).toMatchObject({ why: 'paused' });
    expect(panelContent(config([]), feed(['x']), CONNECTORS)).toMatchObject({ why: 'no-source' });
    // A chosen list that names only a source still being added (no network chosen yet).
    expect(panelContent(config([{ ...X, id: '', type: '' }]), feed(['x']), CONNECTORS)).toMatchObject({
      why: 'no-source',
    });
  });

  it('a panel limited to some sources keeps only those', () => {
    expect(panelContent(config([X, FB]), feed([], ['fb']), CONNECTORS)).toMatchObject({
      kind: 'feed',
      sources: [{ id: 'fb', networks: ['facebook'] }],
    });
  });
});
