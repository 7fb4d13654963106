// Where the empty state's QR code points: the brand's hashtag on the first network of the panel that
// has hashtag pages (there is no brand URL in the configuration yet).
import type { Network } from '../../shared/post.ts';

const HASHTAG_PAGES: Partial<Record<Network, (tag: string) => string>> = {
  instagram: (tag) => `https://www.instagram.com/explore/tags/${tag}/`,
  facebook: (tag) => `https://www.facebook.com/hashtag/${tag}`,
  x: (tag) => `https://x.com/hashtag/${tag}`,
  bluesky: (tag) => `https://bsky.app/hashtag/${tag}`,
  mastodon: (tag) => `https://mastodon.social/tags/${tag}`,
};
const FALLBACK_ORDER: Network[] = ['instagram', 'facebook', 'x', 'bluesky', 'mastodon'];

export function hashtagUrl(networks: readonly Network[], hashtag: string): string | undefined {
  const tag = encodeURIComponent(hashtag.replace(/^[#＃]/, ''));
  if (!tag) return undefined;
  const order = networks.length > 0 ? networks : FALLBACK_ORDER;
  for (const network of order) {
    const page = HASHTAG_PAGES[network];
    if (page) return page(tag);
  }
  return undefined;
}
