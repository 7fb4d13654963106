// Mastodon's `content` is HTML written by any server of the fediverse: the wall keeps a strict subset
// (paragraphs, line breaks, links, the spans that mark mentions and hashtags) and derives the plain text.
import sanitizeHtml from 'sanitize-html';

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'a', 'span'],
  allowedAttributes: { a: ['href'], span: ['class'] },
  allowedClasses: { span: ['h-card', 'mention', 'hashtag', 'invisible', 'ellipsis'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** The allow-listed HTML; links keep an http(s) href only (the renderer shows them, never follows them). */
export function sanitiseStatusHtml(html: string): string {
  return sanitizeHtml(html, SANITISE).trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text: tags stripped, entities decoded, paragraphs and line breaks kept as newlines. */
export function statusPlainText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n\n');
  // No tag kept: sanitize-html also drops the content of script/style, which a regex would keep.
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(stripped)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
