// A Mastodon post's rich text, sanitised (sanitize-html.ts) and rendered as React elements.
import { Fragment, useMemo, type ReactNode } from 'react';
import { sanitizeHtml, type HtmlNode } from './sanitize-html.ts';

function render(nodes: HtmlNode[]): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.kind === 'text') return <Fragment key={i}>{node.text}</Fragment>;
    if (node.tag === 'br') return <br key={i} />;
    const children = render(node.children);
    const className = node.tag === 'link' ? ['post-link', node.className].filter(Boolean).join(' ') : node.className;
    if (node.tag === 'link' || node.tag === 'span')
      return (
        <span key={i} className={className}>
          {children}
        </span>
      );
    const Tag = node.tag;
    return (
      <Tag key={i} className={className}>
        {children}
      </Tag>
    );
  });
}

export function SafeHtml({ html }: { html: string }) {
  const tree = useMemo(() => render(sanitizeHtml(html)), [html]);
  return <>{tree}</>;
}
