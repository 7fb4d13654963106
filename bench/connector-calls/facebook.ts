// Graph calls per hour of the Facebook Page connector at its default settings (poll every 60 s), measured
// against the Meta emulator over a simulated hour, beside Meta's published limit for Page tokens.
import { facebookConnector } from '../../src/connectors/facebook/facebook-connector.ts';
import { simulateHour } from '../../test/emulators/meta/simulate-hour.ts';

/** Pages API with a Page or system-user token (Business Use Case limit): 4,800 calls × engaged users per 24 h. */
export const FACEBOOK_LIMIT = { perEngagedUserPer24h: 4800, formula: '4,800 × engaged users / 24 h (Pages BUC)' };

export async function facebookCallsPerHour(engagedUsers = 10) {
  const hour = await simulateHour(facebookConnector, (data, url) => ({
    baseUrl: url,
    pageId: data.page.id,
    token: data.token,
  }));
  const limitPerHour = (FACEBOOK_LIMIT.perEngagedUserPer24h * engagedUsers) / 24;
  return {
    network: 'facebook',
    ...hour,
    limit: FACEBOOK_LIMIT.formula,
    engagedUsers,
    limitPerHour,
    share: hour.callsPerHour / limitPerHour,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await facebookCallsPerHour());
