// One entry of the site's RSS or Atom feed, read from the parsed XML tree into what the mapper needs.
export interface FeedEntry {
  /** guid (RSS) or id (Atom); the link when there is neither. */
  id: string;
  title?: string;
  /** HTML or text, as the feed gives it. */
  body?: string;
  author?: string;
  link?: string;
  published?: string;
  updated?: string;
  rating?: number;
}
