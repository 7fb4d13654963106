// The Meta emulator's mutable world: one Facebook Page with its posts, visitor posts, tagged posts and
// comments, and one Instagram business account with its media, comments, tagged media and hashtags.
// Tests change it (add, edit, delete, hide, brand replies) between polls.

export interface FbPerson {
  id: string;
  name: string;
}

export interface FbPost {
  id: string;
  message: string;
  createdMs: number;
  editedMs?: number;
  from: FbPerson;
  /** 'page': on the page's timeline (own or visitor post); 'tagged': on someone else's, tagging the page. */
  timeline: 'page' | 'tagged';
  /** A post on the page's timeline that also tags the page (Graph lists it in /feed and /tagged). */
  tagsPage?: boolean;
  picture?: string;
  hidden?: boolean;
  shares?: number;
  reactions?: number;
}

export interface FbComment {
  id: string;
  postId: string;
  parentId?: string;
  message: string;
  createdMs: number;
  from: FbPerson;
  hidden?: boolean;
  likes?: number;
}

export interface IgMedia {
  id: string;
  caption: string;
  mediaType: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  mediaUrl: string;
  timestampMs: number;
  username: string;
  likes: number;
  /** 'own' media, 'tagged' (another account tagged the brand), or a hashtag's media. */
  where: 'own' | 'tagged' | 'hashtag';
  hashtags?: string[];
}

export interface IgComment {
  id: string;
  mediaId: string;
  parentId?: string;
  text: string;
  timestampMs: number;
  username: string;
  fromId: string;
  hidden?: boolean;
}

export class MetaDataset {
  token = 'emulator-token';
  page = { id: '100200300', name: 'Maison Lumière', rating: 4.6, ratingCount: 1287 };
  ig = { id: '17841400000000001', username: 'maisonlumiere', name: 'Maison Lumière' };
  fbPosts: FbPost[] = [];
  fbComments: FbComment[] = [];
  igMedia: IgMedia[] = [];
  igComments: IgComment[] = [];
  /** hashtag name (lower case) → id. */
  hashtagIds = new Map<string, string>();
  /** Every ig_hashtag_search query: (tag, when). */
  hashtagSearches: { tag: string; atMs: number }[] = [];
  /** What the usage headers report (percent). */
  appUsage = { call_count: 3, total_cputime: 1, total_time: 2 };
  private seq = 1;

  constructor(readonly now: () => number = Date.now) {}

  private nextId(): string {
    return String(this.seq++).padStart(6, '0');
  }

  private fbPost(
    message: string,
    from: FbPerson,
    timeline: FbPost['timeline'],
    createdMs: number,
    picture?: string,
  ): FbPost {
    const owner = timeline === 'page' ? this.page.id : from.id;
    const post: FbPost = {
      id: `${owner}_${this.nextId()}`,
      message,
      createdMs,
      from,
      timeline,
      ...(picture ? { picture } : {}),
    };
    this.fbPosts.push(post);
    return post;
  }

  addPagePost(message: string, createdMs = this.now(), picture?: string): FbPost {
    return this.fbPost(message, { id: this.page.id, name: this.page.name }, 'page', createdMs, picture);
  }

  addVisitorPost(message: string, from: FbPerson, createdMs = this.now(), tagsPage = false): FbPost {
    const post = this.fbPost(message, from, 'page', createdMs);
    if (tagsPage) post.tagsPage = true;
    return post;
  }

  addTaggedPost(message: string, from: FbPerson, createdMs = this.now()): FbPost {
    return this.fbPost(message, from, 'tagged', createdMs);
  }

  addComment(postId: string, message: string, from: FbPerson, createdMs = this.now(), parentId?: string): FbComment {
    const comment: FbComment = {
      id: `${postId.split('_').pop() ?? postId}_${this.nextId()}`,
      postId,
      message,
      createdMs,
      from,
      ...(parentId ? { parentId } : {}),
    };
    this.fbComments.push(comment);
    return comment;
  }

  /** The page answers a comment (or a post, when commentId is undefined). */
  addBrandReply(postId: string, message: string, commentId?: string, createdMs = this.now()): FbComment {
    return this.addComment(postId, message, { id: this.page.id, name: this.page.name }, createdMs, commentId);
  }

  editFbPost(id: string, message: string): void {
    const post = this.fbPosts.find((p) => p.id === id);
    if (!post) throw new Error(`no post ${id}`);
    post.message = message;
    post.editedMs = this.now();
  }

  editFbComment(id: string, message: string): void {
    const c = this.fbComments.find((x) => x.id === id);
    if (!c) throw new Error(`no comment ${id}`);
    c.message = message;
  }

  deleteFbPost(id: string): void {
    this.fbPosts = this.fbPosts.filter((p) => p.id !== id);
    this.fbComments = this.fbComments.filter((c) => c.postId !== id);
  }

  deleteFbComment(id: string): void {
    this.fbComments = this.fbComments.filter((c) => c.id !== id && c.parentId !== id);
  }

  addIgMedia(
    caption: string,
    where: IgMedia['where'] = 'own',
    username = this.ig.username,
    timestampMs = this.now(),
    mediaType: IgMedia['mediaType'] = 'IMAGE',
  ): IgMedia {
    const id = `1790${this.nextId()}${String(this.seq).padStart(4, '0')}`;
    const hashtags = [...caption.matchAll(/#(\w+)/g)].map((m) => (m[1] ?? '').toLowerCase());
    const media: IgMedia = {
      id,
      caption,
      mediaType,
      mediaUrl: `https://scontent.cdninstagram.com/v/${id}.jpg`,
      timestampMs,
      username,
      likes: 0,
      where,
      hashtags,
    };
    this.igMedia.push(media);
    return media;
  }

  addIgComment(
    mediaId: string,
    text: string,
    username: string,
    timestampMs = this.now(),
    parentId?: string,
  ): IgComment {
    const comment: IgComment = {
      id: `1800${this.nextId()}`,
      mediaId,
      text,
      timestampMs,
      username,
      fromId: `ig-${username}`,
      ...(parentId ? { parentId } : {}),
    };
    this.igComments.push(comment);
    return comment;
  }

  /** The brand's account answers a comment. */
  addIgBrandReply(mediaId: string, parentId: string, text: string, timestampMs = this.now()): IgComment {
    return this.addIgComment(mediaId, text, this.ig.username, timestampMs, parentId);
  }

  editIgCaption(id: string, caption: string): void {
    const m = this.igMedia.find((x) => x.id === id);
    if (!m) throw new Error(`no media ${id}`);
    m.caption = caption;
  }

  editIgComment(id: string, text: string): void {
    const c = this.igComments.find((x) => x.id === id);
    if (!c) throw new Error(`no comment ${id}`);
    c.text = text;
  }

  deleteIgMedia(id: string): void {
    this.igMedia = this.igMedia.filter((m) => m.id !== id);
    this.igComments = this.igComments.filter((c) => c.mediaId !== id);
  }

  deleteIgComment(id: string): void {
    this.igComments = this.igComments.filter((c) => c.id !== id && c.parentId !== id);
  }

  hashtagId(tag: string): string {
    const name = tag.toLowerCase();
    let id = this.hashtagIds.get(name);
    if (!id) {
      id = `1784${String(this.hashtagIds.size + 1).padStart(11, '0')}`;
      this.hashtagIds.set(name, id);
    }
    return id;
  }
}
