// Google Business Profile's review, as the v4 API sends it (only the fields the wall reads).
import { z } from 'zod';

export const GoogleReviewSchema = z.object({
  name: z.string().optional(),
  reviewId: z.string().min(1).max(300).regex(/^\S+$/),
  reviewer: z
    .object({
      displayName: z.string().max(300).optional(),
      profilePhotoUrl: z.string().optional(),
      isAnonymous: z.boolean().optional(),
    })
    .default({}),
  starRating: z.string().optional(),
  comment: z.string().optional(),
  createTime: z.string(),
  updateTime: z.string(),
  reviewReply: z.object({ comment: z.string(), updateTime: z.string() }).optional(),
});
export type GoogleReview = z.infer<typeof GoogleReviewSchema>;

export const GoogleReviewsPageSchema = z.object({
  reviews: z.array(z.unknown()).default([]),
  averageRating: z.number().optional(),
  totalReviewCount: z.number().optional(),
  nextPageToken: z.string().optional(),
});
