// <dataDir>/update-journal.json: the update on trial and the versions that failed here (update-trial.ts).
// Durable: it must survive the installer's restart. An unreadable file starts over (nothing on trial).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { EMPTY_JOURNAL, type UpdateJournal } from './update-trial.ts';

export const UPDATE_JOURNAL_FILE = 'update-journal.json';

const JournalSchema = z.object({
  pending: z
    .object({ from: z.string(), to: z.string(), atMs: z.number(), starts: z.number(), fallback: z.boolean() })
    .optional(),
  failed: z.array(z.object({ version: z.string(), reason: z.string(), atMs: z.number() })),
});

export class UpdateJournalFile {
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, UPDATE_JOURNAL_FILE);
  }

  read(): UpdateJournal {
    if (!existsSync(this.path)) return EMPTY_JOURNAL;
    try {
      const parsed = JournalSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data : EMPTY_JOURNAL;
    } catch {
      return EMPTY_JOURNAL;
    }
  }

  write(journal: UpdateJournal): void {
    writeFileAtomically(this.path, JSON.stringify(journal), { durable: true });
  }
}
