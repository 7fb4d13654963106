// Graph calls per hour of the Instagram connector at its default settings (poll every 60 s, one followed
// hashtag), measured against the Meta emulator over a simulated hour, beside Meta's published limit.
import { instagramConnector } from '../../src/connectors/instagram/instagram-connector.ts';
import { simulateHour } from '../../test/emulators/meta/simulate-hour.ts';

/** Instagram Graph API (Business Use Case limit): 4,800 calls × the account's impressions per 24 h; 30 hashtags / 7 days. */
export const INSTAGRAM_LIMIT = {
  perImpressionPer24h: 4800,
  formula: '4,800 × impressions / 24 h (Instagram BUC); 30 distinct hashtags / 7 days',
};

export async function instagramCallsPerHour(impressions = 10) {
  const hour = await simulateHour(instagramConnector, (data, url) => ({
    baseUrl: url,
    igUserId: data.ig.id,
    token: data.token,
    hashtags: ['ateliernova'],
  }));
  const limitPerHour = (INSTAGRAM_LIMIT.perImpressionPer24h * impressions) / 24;
  return {
    network: 'instagram',
    ...hour,
    limit: INSTAGRAM_LIMIT.formula,
    impressions,
    limitPerHour,
    share: hour.callsPerHour / limitPerHour,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await instagramCallsPerHour());
