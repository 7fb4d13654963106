// The recent-search query (and the filtered stream's rule) built from the brand's terms, handle and
// hashtags: `("atelier nova" OR #AtelierNova OR @ateliernova) -is:retweet`. Retweets are left out: they
// repeat a post the wall already shows, and each one read would cost money.
import { ConnectorError } from '../connector.ts';

/** The query length X accepts on the basic tiers (pay-per-use allows more; stay within the smallest). */
export const MAX_QUERY_LENGTH = 512;

function term(word: string): string {
  const clean = word.replace(/["()]/g, ' ').replace(/\s+/g, ' ').trim();
  return /\s/.test(clean) ? `"${clean}"` : clean;
}

export function buildXQuery(input: {
  brandTerms: readonly string[];
  hashtags: readonly string[];
  brandHandle: string;
}): string {
  const parts = [
    ...input.brandTerms.map(term).filter((t) => t !== '' && t !== '""'),
    ...input.hashtags.map((h) => `#${h}`),
    `@${input.brandHandle}`,
  ];
  const unique = [...new Map(parts.map((p) => [p.toLowerCase(), p])).values()];
  const query = `(${unique.join(' OR ')}) -is:retweet`;
  if (query.length > MAX_QUERY_LENGTH) {
    throw new ConnectorError(
      'config',
      `the X search query is ${query.length} characters long (X accepts ${MAX_QUERY_LENGTH}): use fewer brand terms or hashtags`,
    );
  }
  return query;
}
