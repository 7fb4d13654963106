// Plays a JSONL file of normalised posts at a chosen speed, for demos, tests and benchmarks. It tails the
// file: lines appended while it runs are played too. The cursor is the byte offset reached plus the time
// mapping, so a restart resumes exactly where it stopped.
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NETWORKS } from '../../shared/post.ts';
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../connector.ts';
import { readCompleteLines } from './line-reader.ts';
import { replayCursor, startReplay, type ReplayCursor } from './replay-cursor.ts';
import { readReplayLine } from './replay-line.ts';
import { ReplayOptionsSchema, type ReplayOptions } from './replay-options.ts';
import { dueTime, nextPass } from './replay-schedule.ts';
import { rewritePost } from './rewrite-post.ts';

async function openReplayFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConnectorError('config', `replay file not found: ${path}`);
    throw new ConnectorError('config', `cannot read replay file ${path} (${code ?? String(error)})`);
  }
}

function createReplayDriver(options: ReplayOptions, context: ConnectorContext): SourceDriver {
  const file = resolve(options.file);
  const { speed } = options;

  /** Plays due lines of the current pass; false when it stopped on a line not yet due or on the limit. */
  async function playPass(
    handle: FileHandle,
    state: ReplayCursor,
    now: number,
    events: SourceEvent[],
  ): Promise<boolean> {
    for await (const line of readCompleteLines(handle, state.offset)) {
      if (events.length >= options.maxPerPoll) return false;
      const read = readReplayLine(line.text, state.line + 1);
      if (read.kind === 'object') {
        if (state.firstAt === undefined && read.createdAtMs !== undefined) state.firstAt = read.createdAtMs;
        const due = dueTime(state, read.createdAtMs, speed);
        if (due > now) return false;
        const item = rewritePost(read.value, read.createdAtMs, {
          ...(options.rebaseTime
            ? { rebase: { createdAt: speed === 'max' ? now : due, scale: speed === 'max' ? 1 : speed, now } }
            : {}),
          ...(state.cycle > 0 ? { keySuffix: `~${state.cycle}` } : {}),
        });
        events.push({ type: 'upsert', item });
        if (speed !== 'max') state.lastDue = Math.max(state.lastDue ?? due, due);
        state.played += 1;
      } else if (read.kind === 'invalid') {
        events.push({ type: 'invalid', reason: read.reason });
      }
      state.offset = line.end;
      state.line += 1;
    }
    return true;
  }

  return {
    async poll({ cursor }): Promise<PollResult> {
      const now = context.now();
      const handle = await openReplayFile(file);
      try {
        let state = replayCursor.parse(cursor);
        if (!state || state.file !== file) state = startReplay(file, now);
        // The file was replaced by a shorter one: play the new content from its start.
        if (state.offset > (await handle.stat()).size) state = startReplay(file, now, state.cycle);

        const events: SourceEvent[] = [];
        for (;;) {
          const reachedEnd = await playPass(handle, state, now, events);
          // A pass that played nothing would loop forever (a file of blank or broken lines).
          if (!reachedEnd || !options.loop || state.played === 0 || events.length >= options.maxPerPoll) break;
          state = nextPass(state, now, speed);
        }
        return { events, cursor: replayCursor.format(state) };
      } finally {
        await handle.close();
      }
    },
  };
}

export const replayConnector: ConnectorDefinition<ReplayOptions> = {
  type: 'replay',
  label: 'Replay (JSONL file)',
  networks: NETWORKS,
  optionsSchema: ReplayOptionsSchema,
  defaultPollSeconds: 0.25,
  minPollSeconds: 0.05,
  defaultCachePolicy: { mode: 'persist' },
  create: createReplayDriver,
};
