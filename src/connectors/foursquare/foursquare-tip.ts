// Foursquare's tip and place details (Places API 2025-06-17), only the fields the wall reads.
import { z } from 'zod';

export const TIP_FIELDS = 'fsq_tip_id,created_at,text,lang,url,agree_count,disagree_count,photo';

export const FoursquareTipSchema = z.object({
  fsq_tip_id: z.string().regex(/^[0-9a-zA-Z]{1,100}$/),
  created_at: z.string(),
  text: z.string().max(10_000),
  lang: z.string().max(20).nullish(),
  url: z.string().nullish(),
  agree_count: z.number().int().nonnegative().nullish(),
  disagree_count: z.number().int().nonnegative().nullish(),
  photo: z
    .object({
      prefix: z.string(),
      suffix: z.string(),
      width: z.number().int().positive().nullish(),
      height: z.number().int().positive().nullish(),
    })
    .nullish(),
});
export type FoursquareTip = z.infer<typeof FoursquareTipSchema>;

export const PlaceDetailsSchema = z.object({
  rating: z.number().min(0).max(10).nullish(),
  stats: z
    .object({
      total_ratings: z.number().nullish(),
      total_tips: z.number().nullish(),
      total_photos: z.number().nullish(),
    })
    .nullish(),
});
