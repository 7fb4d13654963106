// Rich text from networks that give HTML (Mastodon), reduced by DOMPurify to a strict allow-list and
// then turned into a plain tree the card renders with React: no innerHTML ever reaches the page.
// DOMPurify parses in an inert document, so nothing in the markup loads or runs while it works.
import DOMPurify from 'dompurify';
import { cleanHtmlText } from '../../shared/text-hygiene.ts';

export type HtmlNode =
  | { kind: 'text'; text: string }
  | {
      kind: 'element';
      tag: 'p' | 'br' | 'span' | 'strong' | 'em' | 'link';
      className: string | undefined;
      children: HtmlNode[];
    };

const ALLOWED_TAGS = ['p', 'br', 'a', 'span', 'strong', 'em', 'b', 'i'];
/** Kept tags and what they become; `a` becomes a span: links are not clickable on a kiosk. */
const TAG_MAP: Record<string, Exclude<HtmlNode, { kind: 'text' }>['tag']> = {
  p: 'p',
  br: 'br',
  a: 'link',
  span: 'span',
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
};
const MAX_NODES = 2_000;

// A pre-pass before DOMPurify parses: any HTML parser in the page reports (and blocks) inline
// handlers, style attributes and <base> under our CSP even in an inert document, so they are removed
// from the string first. DOMPurify remains the sanitiser; this only keeps the page's reports clean.
const DROPPED_BLOCKS =
  /<(script|style|template|iframe|object|noscript|textarea|title|xmp|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s>"'=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const CLASS_ATTR = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

export function stripAttributes(html: string): string {
  return html.replace(DROPPED_BLOCKS, '').replace(TAG, (_, slash: string, name: string, attrs: string) => {
    const cls = CLASS_ATTR.exec(attrs);
    const value = cls ? (cls[1] ?? cls[2] ?? cls[3] ?? '') : '';
    return `<${slash}${name}${value && !slash ? ` class="${value.replace(/[^\w\s-]/g, '')}"` : ''}>`;
  });
}

export function sanitizeHtml(html: string): HtmlNode[] {
  const fragment = DOMPurify.sanitize(stripAttributes(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['class'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Drop the content of dangerous elements entirely, not only their tags.
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title'],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  let budget = MAX_NODES;
  const walk = (parent: Node): HtmlNode[] => {
    const out: HtmlNode[] = [];
    for (const node of Array.from(parent.childNodes)) {
      if (budget-- <= 0) break;
      if (node.nodeType === Node.TEXT_NODE) {
        out.push({ kind: 'text', text: cleanHtmlText(node.textContent ?? '') });
      } else if (node instanceof Element) {
        const tag = TAG_MAP[node.tagName.toLowerCase()];
        const children = walk(node);
        if (!tag) out.push(...children);
        else out.push({ kind: 'element', tag, className: cleanClass(node.getAttribute('class')), children });
      }
    }
    return out;
  };
  return tidy(walk(fragment));
}

const isBreak = (n: HtmlNode | undefined) => n?.kind === 'element' && n.tag === 'br';
const isEmpty = (n: HtmlNode | undefined): boolean =>
  n !== undefined &&
  ((n.kind === 'text' && n.text.trim() === '') ||
    (n.kind === 'element' && n.tag !== 'br' && n.children.every(isEmpty)) ||
    isBreak(n));

/** No blank lines before or after the words, at most two line breaks in a row (text-hygiene.ts for rich text). */
function tidy(nodes: HtmlNode[]): HtmlNode[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && isEmpty(nodes[start])) start++;
  while (end > start && isEmpty(nodes[end - 1])) end--;
  const out: HtmlNode[] = [];
  for (const node of nodes.slice(start, end)) {
    if (isBreak(node) && isBreak(out.at(-1)) && isBreak(out.at(-2))) continue;
    out.push(
      node.kind === 'element' ? { ...node, children: node.tag === 'p' ? tidy(node.children) : node.children } : node,
    );
  }
  return out;
}

/** Mastodon's own classes (mention, hashtag, invisible, ellipsis) only: they drive our styles. */
function cleanClass(value: string | null): string | undefined {
  if (!value) return undefined;
  const kept = value.split(/\s+/).filter((c) => /^(mention|hashtag|invisible|ellipsis|h-card|u-url)$/.test(c));
  return kept.length > 0 ? kept.map((c) => `html-${c}`).join(' ') : undefined;
}
