// The demo source's options, as IT may set them in the configuration file.
import { z } from 'zod';
import { text } from '../shared/option-text.ts';

export const DemoOptionsSchema = z.object({
  /** Length of a time slot; at most one customer post per slot (busy hours fill most slots). */
  postEverySeconds: z
    .number()
    .min(0.5)
    .max(3600)
    .default(12)
    .meta(text({ title: 'One post every (seconds)', fr: { title: 'Une publication toutes les (secondes)' } })),
  /** History generated on first start, so the wall and the statistics are not empty. */
  backfillHours: z
    .number()
    .min(0)
    .max(72)
    .default(24)
    .meta(text({ title: 'History at first start (hours)', fr: { title: 'Historique au premier démarrage (heures)' } })),
  /** Another seed, another (equally deterministic) stream. */
  seed: z
    .number()
    .int()
    .default(42)
    .meta(text({ title: 'Seed', fr: { title: 'Graine' } })),
});

export type DemoOptions = z.output<typeof DemoOptionsSchema>;
