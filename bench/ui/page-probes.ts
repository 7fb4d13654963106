// What the benchmark installs in the panel page before it loads (as a string: this file is type-checked
// for Node, without the DOM): when each card was first painted, and the long tasks the page ran.
export const PAGE_PROBES = `
  window.__painted = new Map();
  // The transport baseline, in the same run: when each post event reaches the page, before any render.
  window.__arrived = new Map();
  window.__listen = (panel) => {
    const es = new EventSource('/api/events?panel=' + encodeURIComponent(panel));
    es.addEventListener('post', (m) => {
      const at = performance.timeOrigin + performance.now();
      try { const key = JSON.parse(m.data).post.key; if (!window.__arrived.has(key)) window.__arrived.set(key, at); } catch {}
    });
  };
  window.__longTasks = [];
  window.__maxNodes = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // A post shows once: as a column card, or in the spotlight (whose element may be reused for the next post).
  const SHOWN = '[data-testid="post-card"], [data-testid="spotlight"]';
  const seen = (node, found) => {
    if (node.nodeType !== 1) return;
    if (node.matches(SHOWN)) found.push(node.getAttribute('data-key'));
    for (const card of node.querySelectorAll(SHOWN)) found.push(card.getAttribute('data-key'));
  };
  const observer = new MutationObserver((records) => {
    const found = [];
    for (const record of records) {
      if (record.type === 'attributes') seen(record.target, found);
      else for (const node of record.addedNodes) seen(node, found);
    }
    if (found.length === 0) return;
    // The first frame after the insertion paints the card: its time, on the shared clock.
    requestAnimationFrame(() => {
      const at = performance.timeOrigin + performance.now();
      for (const key of found) if (key && !window.__painted.has(key)) window.__painted.set(key, at);
    });
  });
  const start = () => observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-key'] });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
  setInterval(() => { window.__maxNodes = Math.max(window.__maxNodes, document.getElementsByTagName('*').length); }, 250);
`;
