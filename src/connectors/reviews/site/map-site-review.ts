// A review from the company's site → the wall's posts: the review (network 'site', kind 'review') and
// the company's reply threaded under it. The project or product it is about becomes a tag, so a panel
// can show it. Pure.
import { brandReply } from '../shared/brand-reply.ts';
import { isoUtc } from '../../shared/epoch.ts';
import type { SiteReview } from './site-review-schema.ts';

export interface SiteMapContext {
  brandName: string;
}

/** A tag from a free label: letters, digits and _ only (what a hashtag may hold). */
function tag(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
}

export function mapSiteReview(review: SiteReview, context: SiteMapContext): Record<string, unknown>[] {
  const createdAt = isoUtc(review.createdAt) ?? review.createdAt;
  const updatedAt = isoUtc(review.updatedAt);
  const tags = [review.project, review.product]
    .filter((s): s is string => !!s)
    .map(tag)
    .filter((t) => t !== '');
  const post: Record<string, unknown> = {
    key: `site:${review.id}`,
    network: 'site',
    kind: 'review',
    ...(review.url ? { url: review.url } : {}),
    author: {
      id: `site-customer:${review.id}`,
      name: review.author.name,
      ...(review.author.avatarUrl ? { avatarUrl: review.author.avatarUrl } : {}),
      isBrand: false,
    },
    text: review.text,
    ...(review.lang ? { lang: review.lang } : {}),
    rating: review.rating,
    hashtags: tags,
    createdAt,
    ...(updatedAt && updatedAt !== createdAt ? { editedAt: updatedAt } : {}),
  };
  const out = [post];
  if (review.reply) {
    const replyEdit = isoUtc(review.reply.updatedAt);
    out.push(
      brandReply({
        network: 'site',
        reviewId: review.id,
        text: review.reply.text,
        createdAt: isoUtc(review.reply.createdAt) ?? review.reply.createdAt,
        ...(replyEdit ? { editedAt: replyEdit } : {}),
        brandId: 'site-brand',
        brandName: context.brandName,
      }),
    );
  }
  return out;
}
