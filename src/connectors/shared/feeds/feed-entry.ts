// One entry of an RSS or Atom feed, read from the parsed XML tree into what a connector's mapper needs
// (the company site's reviews, the web mentions of the `rss` connector).

/** A picture or other file attached to an entry (enclosure, media:content, media:thumbnail, link rel=enclosure). */
export interface FeedMedia {
  url: string;
  /** From the MIME type, `medium="image"`, a media:thumbnail, or the file name when the feed says nothing. */
  isImage: boolean;
  width?: number;
  height?: number;
  alt?: string;
}

export interface FeedEntry {
  /** guid (RSS), id (Atom) or rdf:about (RSS 1.0); the link when there is none. */
  id: string;
  title?: string;
  /** HTML or text, as the feed gives it: the full content when there is one, else the summary. */
  body?: string;
  /** HTML or text: the description (RSS) or summary (Atom, YouTube's media:description), when there is one. */
  summary?: string;
  author?: string;
  link?: string;
  published?: string;
  updated?: string;
  rating?: number;
  media?: FeedMedia[];
}

/** A whole feed: its own title and language, and its entries (undefined for one without guid, id nor link). */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  /** The feed's language as it gives it (RSS <language>, Atom xml:lang): "fr-FR", "en". */
  language?: string;
  entries: (FeedEntry | undefined)[];
}
