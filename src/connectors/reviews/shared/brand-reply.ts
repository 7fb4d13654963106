// The brand's answer to a review, as its own post threaded under the review, so the wall shows whether
// and how fast the brand answers. Pure: no I/O.
import type { Network } from '../../../shared/post.ts';

export interface BrandReplyInput {
  network: Network;
  /** The review's native id: the reply's key is derived from it (one answer per review on these networks). */
  reviewId: string;
  text: string;
  createdAt: string;
  editedAt?: string;
  brandId: string;
  brandName: string;
  url?: string;
}

export function replyKey(network: Network, reviewId: string): string {
  return `${network}:${reviewId}-reply`;
}

export function brandReply(input: BrandReplyInput): Record<string, unknown> {
  const parentKey = `${input.network}:${input.reviewId}`;
  return {
    key: replyKey(input.network, input.reviewId),
    network: input.network,
    kind: 'reply',
    parentKey,
    rootKey: parentKey,
    author: { id: input.brandId, name: input.brandName, isBrand: true },
    text: input.text,
    createdAt: input.createdAt,
    ...(input.editedAt && input.editedAt !== input.createdAt ? { editedAt: input.editedAt } : {}),
    ...(input.url ? { url: input.url } : {}),
  };
}
