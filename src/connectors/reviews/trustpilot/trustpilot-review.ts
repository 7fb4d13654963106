// Trustpilot's review and reviews page, as its public API sends them (only the fields the wall reads).
import { z } from 'zod';

export const TrustpilotReviewSchema = z.object({
  id: z.string().regex(/^[0-9A-Za-z_-]{1,100}$/),
  consumer: z.object({ id: z.string().min(1).max(100), displayName: z.string().max(300) }),
  stars: z.number().int().min(1).max(5),
  title: z.string().max(1000).nullish(),
  text: z.string().max(20_000).nullish(),
  language: z.string().max(20).nullish(),
  createdAt: z.string(),
  updatedAt: z.string().nullish(),
  status: z.string().nullish(),
  numberOfLikes: z.number().int().nonnegative().nullish(),
  companyReply: z.object({ text: z.string(), createdAt: z.string(), updatedAt: z.string().nullish() }).nullish(),
});
export type TrustpilotReview = z.infer<typeof TrustpilotReviewSchema>;

const LinkSchema = z.object({ href: z.string(), rel: z.string() });

export const TrustpilotPageSchema = z.object({
  reviews: z.array(z.unknown()).default([]),
  links: z.array(LinkSchema).default([]),
});

export const TrustpilotBusinessUnitSchema = z.object({ id: z.string().min(1), displayName: z.string().optional() });
