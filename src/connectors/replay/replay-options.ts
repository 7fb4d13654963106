// The replay source's options.
import { z } from 'zod';
import { text } from '../shared/option-text.ts';

export const ReplayOptionsSchema = z.object({
  /** JSONL file of normalised posts, one Post per line; relative paths are resolved from the working directory. */
  file: z
    .string()
    .min(1, 'give the path of a JSONL file')
    .meta(
      text({
        title: 'File',
        help: "A JSONL file of normalised posts, one per line; a relative path starts from the wall's working directory.",
        fr: {
          title: 'Fichier',
          help: 'Un fichier JSONL de publications normalisées, une par ligne ; un chemin relatif part du dossier de travail du mur.',
        },
      }),
    ),
  /** 1 = real time, 10 = ten times faster; 'max' = everything as fast as the source is polled. */
  speed: z
    .union([z.number().positive(), z.literal('max')])
    .default(1)
    .meta(text({ title: 'Speed (1 = real time)', fr: { title: 'Vitesse (1 = temps réel)' } })),
  /** Move the recording to now: the first post is stamped with the moment the replay started. */
  rebaseTime: z
    .boolean()
    .default(true)
    .meta(text({ title: 'Move the recording to now', fr: { title: 'Recaler l’enregistrement sur l’heure actuelle' } })),
  /** Start over at the end of the file (looped posts get new keys, "~1", "~2"…, so they show again). */
  loop: z
    .boolean()
    .default(false)
    .meta(text({ title: 'Start over at the end', fr: { title: 'Recommencer à la fin du fichier' } })),
  /** Bounds one poll, so a 'max' replay of a large file reaches the store in batches. */
  maxPerPoll: z
    .number()
    .int()
    .positive()
    .max(100_000)
    .default(5000)
    .meta(text({ title: 'Posts per poll, at most', fr: { title: 'Publications par interrogation, au plus' } })),
});

export type ReplayOptions = z.output<typeof ReplayOptionsSchema>;
