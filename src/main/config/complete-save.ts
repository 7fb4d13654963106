// A save replaces the whole configuration, so it must carry the whole configuration: `{}`, `null`, an empty
// body or a body of unknown fields would otherwise be filled with the defaults and put the demo back on the
// screens, sources and secrets gone. What a save must name is every section the schema fills by default
// (what GET /api/settings always returns); optional fields (timeZone) may stay out.
import { z } from 'zod';
import { WallConfigSchema } from '../../shared/config.ts';
import type { FieldError } from './validate-config.ts';

/** Sections a save must carry: the schema's fields that are not optional. */
export const REQUIRED_SECTIONS: readonly string[] = Object.entries(WallConfigSchema.shape)
  .filter(([, schema]) => !(schema instanceof z.ZodOptional))
  .map(([key]) => key);

export const NOT_A_CONFIGURATION = 'send the whole configuration, as GET /api/settings gives it';

/** What is missing for `input` to be a whole configuration (empty: it is one, to be validated next). */
export function missingSections(input: unknown): FieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return [{ field: '(body)', message: NOT_A_CONFIGURATION }];
  return REQUIRED_SECTIONS.filter((key) => !(key in input)).map((key) => ({ field: key, message: 'required' }));
}
