// The stream survives the engine's restart: the real `serve` CLI with a configured (stable) display
// token on a fixed port is killed and started again on the same data; the open page reconnects by
// itself, gets `reset` (another launch), refetches, and shows a post ingested after the restart —
// without being reloaded.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { WallConfigInput } from '../../src/shared/config.ts';
import { makePost } from './support/make-post.ts';
import { guardPage } from './support/page-guards.ts';
import { freePort } from '../support/free-port.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

/** A post on screen: a card in the columns, or the spotlight (each post shows once, in one or the other). */
const shown = (page: Page, key: string) =>
  page.locator(`[data-testid="post-card"][data-key="${key}"], [data-testid="spotlight"][data-key="${key}"]`);

test('the panel reconnects after the server restarts and shows what came after, without a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = await makeTempDir();
  const replayFile = join(dir, 'replay.jsonl');
  await writeFile(replayFile, '');
  const port = await freePort();
  const config: WallConfigInput = {
    server: { token: 'reconnect-test-token-0123456789abcdef' },
    sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
    panels: [{ id: 'hall', title: 'Hall', type: 'feed', networks: ['instagram'] }],
  };
  let wall: RunningWall | undefined = await startWall({ config, port, keepDir: true }, dir);
  try {
    const guards = await guardPage(page);
    const url = wall.panels.get('hall');
    if (!url) throw new Error('the wall printed no panel "hall"');
    const before = makePost({ network: 'instagram', sourceId: 'replay', text: 'Avant le redémarrage' });
    await appendFile(replayFile, `${JSON.stringify(before)}\n`);
    await page.goto(url);
    await expect(shown(page, before.key)).toBeVisible();
    // Marks this very page: a reload would lose it.
    await page.evaluate('window.__samePage = true');

    await wall.stop();
    await expect(page.getByTestId('stream-status')).toBeVisible({ timeout: 10_000 });
    // What it had stays on screen while the engine is away.
    await expect(shown(page, before.key)).toBeVisible();

    // Ingested by the new launch before the page is back: only the `reset` → refetch can bring it.
    const during = makePost({ network: 'instagram', sourceId: 'replay', text: 'Pendant la coupure' });
    await appendFile(replayFile, `${JSON.stringify(during)}\n`);
    wall = await startWall({ config, port }, dir);
    await expect(page.getByTestId('stream-status')).toHaveCount(0, { timeout: 30_000 });
    const after = makePost({ network: 'instagram', sourceId: 'replay', text: 'Après le redémarrage' });
    await appendFile(replayFile, `${JSON.stringify(after)}\n`);
    await expect(shown(page, after.key)).toBeVisible({ timeout: 10_000 });
    await expect(shown(page, before.key)).toBeVisible();
    await expect(shown(page, during.key)).toHaveCount(1);
    // Each post once.
    await expect(shown(page, after.key)).toHaveCount(1);
    expect(await page.evaluate('window.__samePage')).toBe(true);
    // Fetches refused while the server was down are the page's retries, not a problem; CSP and errors are.
    expect((await guards.problems()).filter((p) => !p.includes('Failed to fetch'))).toEqual([]);
  } finally {
    await wall?.stop();
  }
});
