// What the Meta mappers produce: a post before the runtime stamps its source, fetch time and cache policy.
import type { PostInput } from '../../shared/post.ts';

export type PostCandidate = Omit<PostInput, 'sourceId' | 'fetchedAt'>;
