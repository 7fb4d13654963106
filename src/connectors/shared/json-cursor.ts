// A source's cursor (what the runtime persists between polls) as JSON read by the connector's own schema.
// An absent or unreadable cursor (an older format, a hand edit) is `undefined`: the connector starts over
// as on a first sync, never fails. Written through the same schema, so only its fields are kept, always in
// the schema's order (an unchanged position writes the same string). Stored cursors of an older format are
// rewritten by the store's migrations (src/main/store/migrations/).
import type { z } from 'zod';

export interface JsonCursor<T> {
  parse(cursor: string | undefined): T | undefined;
  format(value: T): string;
}

export function jsonCursor<S extends z.ZodType>(schema: S): JsonCursor<z.output<S>> {
  return {
    parse(cursor) {
      if (!cursor) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(cursor));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    format: (value) => JSON.stringify(schema.parse(value)),
  };
}
