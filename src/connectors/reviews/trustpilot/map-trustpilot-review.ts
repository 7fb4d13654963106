// Trustpilot review → the wall's posts: the review (its stars are the rating, its title heads the text)
// and the company's reply threaded under it. Pure.
import { brandReply } from '../shared/brand-reply.ts';
import { isoUtc } from '../../shared/epoch.ts';
import type { TrustpilotReview } from './trustpilot-review.ts';

export interface TrustpilotMapContext {
  businessUnitId: string;
  brandName: string;
  fetchedAt: string;
}

export function mapTrustpilotReview(
  review: TrustpilotReview,
  context: TrustpilotMapContext,
): Record<string, unknown>[] {
  const createdAt = isoUtc(review.createdAt) ?? review.createdAt;
  const updatedAt = isoUtc(review.updatedAt);
  const url = `https://www.trustpilot.com/reviews/${review.id}`;
  const text = [review.title, review.text].filter((s): s is string => !!s && s.trim() !== '').join('\n\n');
  const post: Record<string, unknown> = {
    key: `trustpilot:${review.id}`,
    network: 'trustpilot',
    kind: 'review',
    url,
    author: {
      id: `trustpilot-consumer:${review.consumer.id}`,
      name: review.consumer.displayName,
      profileUrl: `https://www.trustpilot.com/users/${encodeURIComponent(review.consumer.id)}`,
      isBrand: false,
    },
    text,
    ...(review.language ? { lang: review.language } : {}),
    rating: review.stars,
    ...(typeof review.numberOfLikes === 'number'
      ? { metrics: { likes: review.numberOfLikes, asOf: context.fetchedAt } }
      : {}),
    createdAt,
    ...(updatedAt && updatedAt !== createdAt ? { editedAt: updatedAt } : {}),
  };
  const out = [post];
  if (review.companyReply) {
    const replyAt = isoUtc(review.companyReply.createdAt) ?? review.companyReply.createdAt;
    const replyEdit = isoUtc(review.companyReply.updatedAt);
    out.push(
      brandReply({
        network: 'trustpilot',
        reviewId: review.id,
        text: review.companyReply.text,
        createdAt: replyAt,
        ...(replyEdit ? { editedAt: replyEdit } : {}),
        brandId: `trustpilot-business:${context.businessUnitId}`,
        brandName: context.brandName,
        url,
      }),
    );
  }
  return out;
}
