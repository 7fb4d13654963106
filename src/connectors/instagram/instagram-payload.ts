// The Instagram Graph objects (media, comment) as far as the wall reads them, and the fields it asks for.
import { z } from 'zod';

const ChildSchema = z.object({
  media_type: z.string().optional(),
  media_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
});

export const InstagramMediaSchema = z.object({
  id: z.string().min(1),
  caption: z.string().optional(),
  media_type: z.string().optional(),
  media_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  permalink: z.string().optional(),
  timestamp: z.string(),
  /** Absent on hashtag media. */
  username: z.string().optional(),
  like_count: z.number().int().nonnegative().optional(),
  comments_count: z.number().int().nonnegative().optional(),
  children: z.object({ data: z.array(ChildSchema) }).optional(),
});
export type InstagramMedia = z.infer<typeof InstagramMediaSchema>;
export type InstagramChild = z.infer<typeof ChildSchema>;

const CommentCoreSchema = z.object({
  id: z.string().min(1),
  text: z.string().optional(),
  timestamp: z.string(),
  username: z.string().optional(),
  from: z.object({ id: z.string(), username: z.string().optional() }).optional(),
  parent_id: z.string().optional(),
  like_count: z.number().int().nonnegative().optional(),
  hidden: z.boolean().optional(),
});

export const InstagramCommentSchema = CommentCoreSchema.extend({
  replies: z.object({ data: z.array(z.unknown()) }).optional(),
});
export type InstagramComment = z.infer<typeof InstagramCommentSchema>;

export const AccountSchema = z.object({ id: z.string(), username: z.string() });
export const HashtagSearchSchema = z.object({ data: z.array(z.object({ id: z.string() })).min(1) });

const CHILDREN = 'children{media_type,media_url,thumbnail_url}';
export const MEDIA_FIELDS = `id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,username,like_count,comments_count,${CHILDREN}`;
/** recent_media refuses `username`. */
export const HASHTAG_MEDIA_FIELDS = `id,caption,media_type,media_url,permalink,timestamp,like_count,comments_count,${CHILDREN}`;
const COMMENT_CORE = 'id,text,timestamp,username,from,parent_id,like_count,hidden';
export const COMMENT_FIELDS = `${COMMENT_CORE},replies{${COMMENT_CORE}}`;
export const SINGLE_COMMENT_FIELDS = COMMENT_CORE;
