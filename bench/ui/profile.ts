// `npm run bench:ui -- --profile`: where the panel spends its time between a post's event and its pixels.
// A Chromium trace (the DevTools timeline categories) over posts arriving one every 700 ms, as in the
// post → pixel measure, summed by kind of work (script, style, layout, paint, compositing) and, for
// script, by function (a V8 CPU profile of the same span). Written to bench/results/ui-profile.json.
import type { UiWall } from './ui-wall.ts';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** The thread's own CPU time: what the work cost, whatever else the machine was doing. */
  tdur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: {
    elementCount?: number;
    beginData?: { dirtyObjects?: number; totalObjects?: number; stackTrace?: unknown[] };
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
}

/** The timeline's main-thread work, by what it is (the names DevTools' summary uses). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  RasterTask: 'raster (other threads)',
  Layerize: 'compositing',
  UpdateLayer: 'compositing',
  Commit: 'compositing',
  'Decode Image': 'image decode',
  ImageDecodeTask: 'image decode',
};

export interface ProfileResult {
  posts: number;
  /** Main-thread milliseconds per post, by kind of work (wall time: swells on a loaded machine). */
  perPostMs: Record<string, number>;
  /** The same in the main thread's own CPU time (trace `tdur`): what the page's work costs, load or not. */
  perPostCpuMs: Record<string, number>;
  /** Style recalculations and layouts per post, the elements they restyled and the objects they laid out. */
  styleRecalcs: { perPost: number; elementsPerPost: number; forcedByScript: number };
  layouts: { perPost: number; objectsPerPost: number; forcedByScript: number };
  /** The functions with the most self time (ms per post), from the CPU profile. */
  topFunctions: { fn: string; url: string; selfMsPerPost: number }[];
}

export async function profile(ui: UiWall, posts = 30, intervalMs = 700): Promise<ProfileResult> {
  const browser = ui.page.context().browser();
  if (!browser) throw new Error('no browser');
  await ui.cdp.send('Profiler.enable');
  await ui.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(ui.page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
  });
  await ui.cdp.send('Profiler.start');
  for (let i = 0; i < posts; i++) {
    await ui.submit(i, 1, `prof${Date.now().toString(36)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const { profile: cpuProfile } = (await ui.cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };

  // The renderer's main thread: the one that ran the page's layouts.
  const layout = traceEvents.find((e) => e.name === 'Layout');
  const totals: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  // Top-level main-thread tasks only for the CPU sums (nested events would count twice).
  const taskCpu = { total: 0 };
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const onMain = layout !== undefined && e.pid === layout.pid && e.tid === layout.tid;
    if (onMain && e.name === 'RunTask' && e.tdur !== undefined) taskCpu.total += e.tdur / 1000;
    const kind = KINDS[e.name];
    if (!kind) continue;
    if (kind !== 'raster (other threads)' && !onMain) continue;
    totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
    if (e.tdur !== undefined) cpu[kind] = (cpu[kind] ?? 0) + e.tdur / 1000;
  }
  cpu['all main-thread tasks'] = taskCpu.total;
  // Nested events (a FunctionCall inside a FireAnimationFrame) are counted once: keep the top level only
  // for script by reading it from the CPU profile instead.
  const self = new Map<number, number>();
  cpuProfile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, { fn: string; url: string; ms: number }>();
  let scriptMs = 0;
  for (const node of cpuProfile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName)) {
      if (functionName === '(garbage collector)') totals['gc'] = (totals['gc'] ?? 0) + ms;
      continue;
    }
    scriptMs += ms;
    const name = `${functionName || '(anonymous)'}:${lineNumber}`;
    const short = url.replace(/^.*\/assets\//, '');
    const entry = byFn.get(name + short) ?? { fn: name, url: short, ms: 0 };
    entry.ms += ms;
    byFn.set(name + short, entry);
  }
  totals['script'] = scriptMs;
  const main = traceEvents.filter(
    (e) => e.ph === 'X' && layout !== undefined && e.pid === layout.pid && e.tid === layout.tid,
  );
  const styles = main.filter((e) => e.name === 'UpdateLayoutTree');
  const layouts = main.filter((e) => e.name === 'Layout');
  const forced = (list: TraceEvent[]) => list.filter((e) => (e.args?.beginData?.stackTrace?.length ?? 0) > 0).length;
  const per = (n: number) => +(n / posts).toFixed(1);
  const perPostMs = Object.fromEntries(
    Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, +(v / posts).toFixed(2)]),
  );
  const topFunctions = [...byFn.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 20)
    .map((f) => ({ fn: f.fn, url: f.url, selfMsPerPost: +(f.ms / posts).toFixed(2) }));
  const perPostCpuMs = Object.fromEntries(
    Object.entries(cpu)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, +(v / posts).toFixed(2)]),
  );
  return {
    posts,
    perPostMs,
    perPostCpuMs,
    styleRecalcs: {
      perPost: per(styles.length),
      elementsPerPost: per(styles.reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0)),
      forcedByScript: per(forced(styles)),
    },
    layouts: {
      perPost: per(layouts.length),
      objectsPerPost: per(layouts.reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0)),
      forcedByScript: per(forced(layouts)),
    },
    topFunctions,
  };
}
