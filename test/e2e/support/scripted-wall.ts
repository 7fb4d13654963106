// The built renderer against a scripted API, inside Playwright's router: the tests can play what a real
// engine rarely does on cue (a `reset`, a dropped stream, a malicious post) and see how the page reacts.
// The page and its assets come from dist/renderer under the real CSP.
//
// The page's origin is a small server on loopback, because a router's answer is whole and cannot keep an
// event stream open: every request is answered by the router, except a stream connection with nothing
// scripted, which goes on to that server; it opens the stream and holds it, so the page shows a connected
// wall (no "Reconnecting…" in its screenshots). What `send` scripts is written into the open stream, which
// then ends like a dropped connection.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page, Route } from '@playwright/test';
import type { HealthResponse, PanelsResponse, WallEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
// The engine's own policy, so CSP mistakes show here too.
import { CONTENT_SECURITY_POLICY as CSP } from '../../../src/main/server/security-headers.ts';
import type { WallStats } from '../../../src/shared/stats.ts';

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

export interface ScriptedWallOptions {
  /** `pending`: a stream connection with nothing scripted never opens (the page shows it is not live). */
  stream?: 'open' | 'pending';
}

export class ScriptedWall {
  readonly state: ScriptedState;
  readonly connections: StreamConnection[] = [];
  private readonly queued: string[] = [];
  private readonly waiting: ((body: string) => void)[] = [];
  /** Streams held open by the loopback server, oldest first. */
  private readonly open: ServerResponse[] = [];
  /** Streams on their way to the loopback server, and what `send` scripted for them meanwhile. */
  private onTheWay = 0;
  private readonly forArriving: string[] = [];
  private server: Server | undefined;
  private address = '';

  constructor(
    state: ScriptedState,
    private readonly options: ScriptedWallOptions = {},
  ) {
    this.state = state;
  }

  /**
   * Answers the stream connection that is open (or waiting, or the next one) with these events, then ends
   * it, as a dropped connection would: the page's EventSource reconnects after `retry` ms with Last-Event-ID.
   */
  send(events: ScriptedEvent[], retryMs = 200): void {
    const lines = [`retry: ${retryMs}`, ''];
    for (const e of events) {
      if (e.id !== undefined) lines.push(`id: ${e.id}`);
      lines.push(`event: ${e.type}`, `data: ${JSON.stringify(e.data)}`, '');
    }
    const body = `${lines.join('\n')}\n`;
    const stream = this.open.shift();
    if (stream) {
      stream.end(body);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(body);
    else if (this.onTheWay > this.forArriving.length) this.forArriving.push(body);
    else this.queued.push(body);
  }

  /** Lets pending and open stream connections go, and stops the loopback server, so the page can close cleanly. */
  release(): void {
    for (const waiter of this.waiting.splice(0)) waiter('');
    for (const stream of this.open.splice(0)) stream.end();
    this.server?.close();
  }

  /** Where the page is: `${wall.origin}/panel/1` (known once installed). */
  get origin(): string {
    if (!this.address) throw new Error('install the scripted wall on a page first');
    return this.address;
  }

  async install(page: Page): Promise<void> {
    this.server ??= await this.holdStreams();
    this.address = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    await page.route(`${this.address}/**`, (route) => this.handle(route));
  }

  /** The loopback server that holds streams open; it never keeps the test process alive by itself. */
  private holdStreams(): Promise<Server> {
    return new Promise((resolve, reject) => {
      const server = createServer((req, res) => {
        req.socket.unref();
        this.onTheWay = Math.max(0, this.onTheWay - 1);
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        const scripted = this.forArriving.shift();
        if (scripted !== undefined) {
          res.end(scripted);
          return;
        }
        res.write(': open\n\n');
        this.open.push(res);
        res.on('close', () => {
          const at = this.open.indexOf(res);
          if (at >= 0) this.open.splice(at, 1);
        });
      });
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.unref();
        resolve(server);
      });
    });
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
      if (this.queued.length === 0 && this.options.stream !== 'pending') {
        this.onTheWay += 1;
        return route.continue().catch(() => {
          // The page went away meanwhile.
          this.onTheWay = Math.max(0, this.onTheWay - 1);
        });
      }
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
