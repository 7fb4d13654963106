// The emulated X's state, which tests change: users, media, posts (every version of an edited post is a
// post of its own, as on X), deletes. Ids are decimal strings above Number.MAX_SAFE_INTEGER, as on X.

export interface EmuUser {
  id: string;
  username: string;
  name: string;
  profile_image_url?: string;
}

export interface EmuMedia {
  media_key: string;
  type: 'photo' | 'video' | 'animated_gif';
  url?: string;
  preview_image_url?: string;
  alt_text?: string;
  width?: number;
  height?: number;
}

export interface EmuTweet {
  id: string;
  text: string;
  author_id: string;
  created_at: string;
  lang: string;
  conversation_id: string;
  edit_history_tweet_ids: string[];
  referenced_tweets?: { type: 'replied_to' | 'quoted' | 'retweeted'; id: string }[];
  public_metrics: { retweet_count: number; reply_count: number; like_count: number; quote_count: number };
  attachments?: { media_keys: string[] };
  entities?: {
    hashtags?: { start: number; end: number; tag: string }[];
    mentions?: { start: number; end: number; username: string; id?: string }[];
  };
  possibly_sensitive: boolean;
}

export interface NewPost {
  authorId: string;
  text: string;
  replyTo?: string;
  media?: EmuMedia[];
  lang?: string;
  createdAt?: number;
  likes?: number;
}

type Listener = (tweet: EmuTweet) => void;

function entitiesOf(text: string, users: Map<string, EmuUser>): EmuTweet['entities'] {
  const hashtags = [...text.matchAll(/#(\w+)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    tag: m[1] ?? '',
  }));
  const mentions = [...text.matchAll(/@(\w+)/g)].map((m) => {
    const user = [...users.values()].find((u) => u.username.toLowerCase() === (m[1] ?? '').toLowerCase());
    return { start: m.index, end: m.index + m[0].length, username: m[1] ?? '', ...(user ? { id: user.id } : {}) };
  });
  return { ...(hashtags.length ? { hashtags } : {}), ...(mentions.length ? { mentions } : {}) };
}

export class XDataset {
  readonly users = new Map<string, EmuUser>();
  readonly media = new Map<string, EmuMedia>();
  /** Every version of every post, by id. */
  readonly tweets = new Map<string, EmuTweet>();
  readonly deleted = new Set<string>();
  private seq = 1_899_000_000_000_000_000n;
  private readonly listeners = new Set<Listener>();

  constructor(readonly now: () => number = Date.now) {}

  private nextId(): string {
    this.seq += 1_000_003n;
    return this.seq.toString();
  }

  addUser(user: EmuUser): EmuUser {
    this.users.set(user.id, user);
    return user;
  }

  onPost(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  post(input: NewPost): EmuTweet {
    const id = this.nextId();
    const parent = input.replyTo ? this.tweets.get(input.replyTo) : undefined;
    for (const m of input.media ?? []) this.media.set(m.media_key, m);
    const tweet: EmuTweet = {
      id,
      text: input.text,
      author_id: input.authorId,
      created_at: new Date(input.createdAt ?? this.now()).toISOString(),
      lang: input.lang ?? 'fr',
      conversation_id: parent ? parent.conversation_id : id,
      edit_history_tweet_ids: [id],
      ...(input.replyTo ? { referenced_tweets: [{ type: 'replied_to' as const, id: input.replyTo }] } : {}),
      public_metrics: { retweet_count: 0, reply_count: 0, like_count: input.likes ?? 0, quote_count: 0 },
      ...(input.media?.length ? { attachments: { media_keys: input.media.map((m) => m.media_key) } } : {}),
      entities: entitiesOf(input.text, this.users),
      possibly_sensitive: false,
    };
    this.tweets.set(id, tweet);
    if (parent) parent.public_metrics.reply_count++;
    this.listeners.forEach((l) => l(tweet));
    return tweet;
  }

  /**
   * A retweet, as X stores it: a post of its own whose text is "RT @author: <the original's text>" (so it
   * names whom the original names: it lands in their mentions timeline) and which references the original.
   */
  retweet(authorId: string, originalId: string): EmuTweet {
    const original = this.tweets.get(originalId);
    const by = original ? this.users.get(original.author_id) : undefined;
    if (!original || !by) throw new Error(`no post ${originalId}`);
    const id = this.nextId();
    const text = `RT @${by.username}: ${original.text}`;
    const tweet: EmuTweet = {
      id,
      text,
      author_id: authorId,
      created_at: new Date(this.now()).toISOString(),
      lang: original.lang,
      conversation_id: id,
      edit_history_tweet_ids: [id],
      referenced_tweets: [{ type: 'retweeted', id: originalId }],
      public_metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0 },
      entities: entitiesOf(text, this.users),
      possibly_sensitive: false,
    };
    original.public_metrics.retweet_count++;
    this.tweets.set(id, tweet);
    this.listeners.forEach((l) => l(tweet));
    return tweet;
  }

  /** An edit is a new post whose id joins the edit history of every version. */
  edit(id: string, text: string): EmuTweet {
    const old = this.tweets.get(id);
    if (!old) throw new Error(`no post ${id}`);
    const newId = this.nextId();
    const history = [...old.edit_history_tweet_ids, newId];
    for (const v of old.edit_history_tweet_ids) {
      const version = this.tweets.get(v);
      if (version) version.edit_history_tweet_ids = history;
    }
    const tweet: EmuTweet = {
      ...old,
      id: newId,
      text,
      created_at: new Date(this.now()).toISOString(),
      edit_history_tweet_ids: history,
      entities: entitiesOf(text, this.users),
    };
    this.tweets.set(newId, tweet);
    this.listeners.forEach((l) => l(tweet));
    return tweet;
  }

  /** Deleting a post deletes every version of it. */
  delete(id: string): void {
    const t = this.tweets.get(id);
    for (const v of t?.edit_history_tweet_ids ?? [id]) this.deleted.add(v);
  }

  live(): EmuTweet[] {
    return [...this.tweets.values()].filter((t) => !this.deleted.has(t.id));
  }
}
