// The moderation desk's state for the page: the recent posts (hidden ones included), the audit log as far as
// it was paged, the wall's hidden counter; hide / restore then refetch them. Refreshed every few seconds so
// that what rules hide while the page is open shows up too.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Post } from '../../../shared/post.ts';
import type { AuditEntryView } from '../../../shared/settings-contract.ts';
import { ApiError } from '../../api/api-error.ts';
import { AUDIT_PAGE, getAudit, getRecentPosts, hidePost, restorePost } from './moderation-client.ts';

const REFRESH_MS = 10_000;
const MAX_AUDIT_REFRESH = 200;

/**
 * The outcome of a hide / restore: done; refused because the post is gone (404) or already so (409), worded by
 * the page in its language (settings.moderationErrors); or failed otherwise, with the server's words.
 */
export type DeskMessage =
  | { kind: 'done'; action: 'hide' | 'restore'; author: string }
  | { kind: 'refused'; reason: 'gone' | 'already'; action: 'hide' | 'restore'; author: string }
  | { kind: 'failed'; message: string };

export interface ModerationDesk {
  posts: Post[] | undefined;
  audit: AuditEntryView[] | undefined;
  hidden: number | undefined;
  hasMore: boolean;
  loadError: string | undefined;
  /** The post whose hide / restore is under way. */
  busyKey: string | undefined;
  message: DeskMessage | undefined;
  loadingMore: boolean;
  hide: (post: Post, why: string) => Promise<void>;
  restore: (post: Post) => Promise<void>;
  more: () => Promise<void>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** 404: the post left the wall (deleted by its author, expired); 409: it is already hidden / on the wall. */
function refusal(err: unknown): 'gone' | 'already' | undefined {
  if (!(err instanceof ApiError)) return undefined;
  return err.status === 404 ? 'gone' : err.status === 409 ? 'already' : undefined;
}

export const authorOf = (post: Post) => post.author.name || post.author.handle || post.author.id;

export function useModerationDesk(): ModerationDesk {
  const [posts, setPosts] = useState<Post[] | undefined>(undefined);
  const [audit, setAudit] = useState<AuditEntryView[] | undefined>(undefined);
  const [hidden, setHidden] = useState<number | undefined>(undefined);
  const [next, setNext] = useState<number | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [busyKey, setBusyKey] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<DeskMessage | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  // How many audit entries are shown: a refresh reloads as many, so "more" pages stay open.
  const shownAudit = useRef(AUDIT_PAGE);

  const refresh = useCallback(async () => {
    try {
      const [recent, page] = await Promise.all([
        getRecentPosts(),
        getAudit(undefined, Math.min(MAX_AUDIT_REFRESH, Math.max(AUDIT_PAGE, shownAudit.current))),
      ]);
      setPosts(recent.posts);
      setAudit(page.entries);
      setHidden(page.hidden);
      setNext(page.next);
      setLoadError(undefined);
    } catch (err) {
      setLoadError(errorText(err));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const act = useCallback(
    async (post: Post, action: 'hide' | 'restore', why = '') => {
      setBusyKey(post.key);
      try {
        await (action === 'hide' ? hidePost(post.key, why) : restorePost(post.key));
        setMessage({ kind: 'done', action, author: authorOf(post) });
      } catch (err) {
        const refused = refusal(err);
        setMessage(
          refused
            ? { kind: 'refused', reason: refused, action, author: authorOf(post) }
            : { kind: 'failed', message: errorText(err) },
        );
      } finally {
        setBusyKey(undefined);
        await refresh();
      }
    },
    [refresh],
  );

  const more = useCallback(async () => {
    if (next === undefined) return;
    setLoadingMore(true);
    try {
      const page = await getAudit(next);
      setAudit((current) => {
        const merged = [...(current ?? []), ...page.entries.filter((e) => !(current ?? []).some((c) => c.id === e.id))];
        shownAudit.current = merged.length;
        return merged;
      });
      setHidden(page.hidden);
      setNext(page.next);
    } catch (err) {
      setLoadError(errorText(err));
    } finally {
      setLoadingMore(false);
    }
  }, [next]);

  return {
    posts,
    audit,
    hidden,
    hasMore: next !== undefined,
    loadError,
    busyKey,
    message,
    loadingMore,
    hide: (post, why) => act(post, 'hide', why),
    restore: (post) => act(post, 'restore'),
    more,
  };
}
