// The built renderer against a scripted API, entirely inside Playwright's router: no server, so the
// tests can play what a real engine rarely does on cue (a `reset`, a dropped stream, a malicious post)
// and see how the page reacts. The page and its assets come from dist/renderer under the real CSP.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page, Route } from '@playwright/test';
import type { HealthResponse, PanelsResponse, WallEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
// The engine's own policy, so CSP mistakes show here too.
import { CONTENT_SECURITY_POLICY as CSP } from '../../../src/main/server/security-headers.ts';
import type { WallStats } from '../../../src/shared/stats.ts';

export const ORIGIN = 'http://wall.localhost';
const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A tiny picture for /bundled/… URLs. */
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#3a6"/></svg>';

export interface ScriptedState {
  panels: PanelsResponse;
  /** Per panel id, newest first, as GET /api/panels/:id/posts answers. */
  posts: Record<string, Post[]>;
  health: HealthResponse;
  stats: WallStats;
  /** Answer /api/panels with this status instead (e.g. 401). */
  panelsStatus?: number;
}

interface StreamConnection {
  /** The ?panel= the page asked for. (Last-Event-ID does not show under Playwright routing; the real-wall tests cover resumption.) */
  panel: string | null;
}

/** One scripted stream message; `id` as the server numbers them. */
export type ScriptedEvent = WallEvent & { id?: string };

export class ScriptedWall {
  readonly state: ScriptedState;
  readonly connections: StreamConnection[] = [];
  private readonly queued: string[] = [];
  private readonly waiting: ((body: string) => void)[] = [];

  constructor(state: ScriptedState) {
    this.state = state;
  }

  /**
   * Answers the next stream connection (or the one waiting) with these events, then ends it, as a
   * dropped connection would: the page's EventSource reconnects after `retry` ms with Last-Event-ID.
   * Connections with nothing scripted stay pending (the stream is not open).
   */
  send(events: ScriptedEvent[], retryMs = 200): void {
    const lines = [`retry: ${retryMs}`, ''];
    for (const e of events) {
      if (e.id !== undefined) lines.push(`id: ${e.id}`);
      lines.push(`event: ${e.type}`, `data: ${JSON.stringify(e.data)}`, '');
    }
    const body = `${lines.join('\n')}\n`;
    const waiter = this.waiting.shift();
    if (waiter) waiter(body);
    else this.queued.push(body);
  }

  /** Lets pending stream connections go, so that the page can close cleanly. */
  release(): void {
    for (const waiter of this.waiting.splice(0)) waiter('');
  }

  async install(page: Page): Promise<void> {
    await page.route(`${ORIGIN}/**`, (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path.startsWith('/panel/')) return this.file(route, 'index.html');
    if (path.startsWith('/assets/')) return this.file(route, path.slice(1));
    if (path.startsWith('/bundled/')) return route.fulfill({ body: SVG, contentType: TYPES['.svg'] ?? '' });
    if (path === '/api/panels') {
      const status = this.state.panelsStatus ?? 200;
      return route.fulfill(
        status === 200 ? { json: this.state.panels } : { status, json: { error: 'Missing or wrong token.' } },
      );
    }
    const posts = /^\/api\/panels\/([^/]+)\/posts$/.exec(path);
    if (posts?.[1]) {
      const limit = Number(url.searchParams.get('limit') ?? 30);
      return route.fulfill({ json: { posts: (this.state.posts[posts[1]] ?? []).slice(0, limit) } });
    }
    if (path === '/api/health') return route.fulfill({ json: this.state.health });
    if (path === '/api/stats') return route.fulfill({ json: this.state.stats });
    if (path === '/api/events') {
      this.connections.push({ panel: url.searchParams.get('panel') });
      const body = this.queued.shift() ?? (await new Promise<string>((resolve) => this.waiting.push(resolve)));
      return route
        .fulfill({ status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }, body })
        .catch(() => {
          // The page went away while the connection was pending.
        });
    }
    return route.fulfill({ status: 404, json: { error: 'Not found.' } });
  }

  private async file(route: Route, relative: string): Promise<void> {
    const path = normalize(join(RENDERER_DIR, relative));
    if (!path.startsWith(RENDERER_DIR)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(path);
      return route.fulfill({
        body,
        headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not built' });
    }
  }
}
