// The Graph API's Page post and comment objects, as far as the wall reads them. Lenient where Graph
// omits fields (a visitor's `from` needs pages_read_user_content), strict where the wall cannot do
// without (id, created_time).
import { z } from 'zod';

const ImageSchema = z.object({ src: z.string(), width: z.number().optional(), height: z.number().optional() });

const AttachmentMediaSchema = z.object({ image: ImageSchema.optional(), source: z.string().optional() });

const AttachmentSchema = z.object({
  media_type: z.string().optional(),
  type: z.string().optional(),
  media: AttachmentMediaSchema.optional(),
  description: z.string().optional(),
  subattachments: z
    .object({
      data: z.array(
        z.object({
          media_type: z.string().optional(),
          type: z.string().optional(),
          media: AttachmentMediaSchema.optional(),
          description: z.string().optional(),
        }),
      ),
    })
    .optional(),
});
export type FacebookAttachment = z.infer<typeof AttachmentSchema>;

const FromSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  picture: z.object({ data: z.object({ url: z.string() }) }).optional(),
});
export type FacebookFrom = z.infer<typeof FromSchema>;

const SummarySchema = z.object({ summary: z.object({ total_count: z.number().int().nonnegative() }).optional() });

export const FacebookPostSchema = z.object({
  id: z.string().min(1),
  message: z.string().optional(),
  story: z.string().optional(),
  created_time: z.string(),
  updated_time: z.string().optional(),
  permalink_url: z.string().optional(),
  full_picture: z.string().optional(),
  from: FromSchema.optional(),
  shares: z.object({ count: z.number().int().nonnegative() }).optional(),
  reactions: SummarySchema.optional(),
  comments: SummarySchema.optional(),
  attachments: z.object({ data: z.array(AttachmentSchema) }).optional(),
  message_tags: z
    .array(z.object({ id: z.string().optional(), name: z.string().optional(), type: z.string().optional() }))
    .optional(),
  is_hidden: z.boolean().optional(),
});
export type FacebookPost = z.infer<typeof FacebookPostSchema>;

export const FacebookCommentSchema = z.object({
  id: z.string().min(1),
  message: z.string().optional(),
  created_time: z.string(),
  from: FromSchema.optional(),
  parent: z.object({ id: z.string() }).optional(),
  permalink_url: z.string().optional(),
  like_count: z.number().int().nonnegative().optional(),
  comment_count: z.number().int().nonnegative().optional(),
  is_hidden: z.boolean().optional(),
  attachment: AttachmentSchema.optional(),
});
export type FacebookComment = z.infer<typeof FacebookCommentSchema>;

export const PageFieldsSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  overall_star_rating: z.number().optional(),
  rating_count: z.number().int().optional(),
});

/** What the wall asks Graph for: one place, so the emulator and the connector agree. */
export const POST_FIELDS =
  'id,message,story,created_time,updated_time,permalink_url,full_picture,from{id,name,picture},shares,' +
  'reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),' +
  'attachments{media_type,type,media,description,subattachments},message_tags,is_hidden';
export const COMMENT_FIELDS =
  'id,message,created_time,from{id,name,picture},parent{id},permalink_url,like_count,comment_count,is_hidden,attachment';
export const PAGE_FIELDS = 'id,name,overall_star_rating,rating_count';
