// Google review → the wall's posts: the review (rating 1–5 from "ONE"…"FIVE") and, when the business
// answered, the brand's reply threaded under it. Pure.
import { brandReply } from '../shared/brand-reply.ts';
import { isoUtc } from '../../shared/epoch.ts';
import type { GoogleReview } from './google-review.ts';

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

export interface GoogleMapContext {
  locationId: string;
  brandName: string;
}

function safeUrl(url: string | undefined): string | undefined {
  return url && /^https:\/\//i.test(url) ? url : undefined;
}

export function mapGoogleReview(review: GoogleReview, context: GoogleMapContext): Record<string, unknown>[] {
  const createdAt = isoUtc(review.createTime);
  const updatedAt = isoUtc(review.updateTime);
  const key = `google:${review.reviewId}`;
  const avatarUrl = safeUrl(review.reviewer.profilePhotoUrl);
  const rating = review.starRating ? STARS[review.starRating] : undefined;
  const post: Record<string, unknown> = {
    key,
    network: 'google',
    kind: 'review',
    author: {
      // Google gives reviewers no stable id in this API: the review's own id stands in.
      id: `google-reviewer:${review.reviewId}`,
      name: review.reviewer.displayName ?? '',
      ...(avatarUrl ? { avatarUrl } : {}),
      isBrand: false,
    },
    text: review.comment ?? '',
    ...(rating !== undefined ? { rating } : {}),
    createdAt: createdAt ?? review.createTime,
    ...(updatedAt && updatedAt !== createdAt ? { editedAt: updatedAt } : {}),
  };
  const out = [post];
  if (review.reviewReply) {
    const replyAt = isoUtc(review.reviewReply.updateTime) ?? review.reviewReply.updateTime;
    out.push(
      brandReply({
        network: 'google',
        reviewId: review.reviewId,
        text: review.reviewReply.comment,
        createdAt: replyAt,
        brandId: `google-owner:${context.locationId}`,
        brandName: context.brandName,
      }),
    );
  }
  return out;
}
