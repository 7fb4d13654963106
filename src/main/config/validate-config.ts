// One validation for the config file (and, later, the settings API): the shared WallConfigSchema, then
// each source's options against its connector's own schema. Every problem names its field.
import { z } from 'zod';
import type { ConnectorDefinition } from '../../connectors/connector.ts';
import {
  DEFAULT_PANELS,
  SourceConfigSchema,
  WallConfigSchema,
  type Language,
  type SourceConfig,
  type WallConfig,
} from '../../shared/config.ts';
import { fieldErrorMap } from './field-messages.ts';
import { wallMessageFr } from './wall-messages-fr.ts';

/** What zod's safeParse takes to choose its messages' language. */
type ParseOptions = Parameters<typeof WallConfigSchema.safeParse>[1];

export interface FieldError {
  /** e.g. "sources[0].options.postEverySeconds" */
  field: string;
  message: string;
}

export interface ResolvedSource {
  config: SourceConfig;
  definition: ConnectorDefinition;
  /** Options parsed by the connector's schema (defaults applied). */
  options: unknown;
}

export interface ResolvedConfig {
  config: WallConfig;
  sources: ResolvedSource[];
}

export type ConfigResult = { ok: true; value: ResolvedConfig } | { ok: false; errors: FieldError[] };

export type ConnectorRegistry = ReadonlyMap<string, ConnectorDefinition>;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

function issuesToErrors(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  // An unknown field is named itself (`brand.colour`), one error per key, beside the field it was meant to be.
  return error.issues.flatMap((issue) =>
    (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]).map((path) => ({
      field: formatPath([...prefix, ...path]) || '(file)',
      message: issue.message,
    })),
  );
}

/** A connector's options refuse unknown fields too (a misspelt option would otherwise be dropped in silence). */
function strictOptions(schema: ConnectorDefinition['optionsSchema']): ConnectorDefinition['optionsSchema'] {
  return schema instanceof z.ZodObject ? schema.strict() : schema;
}

/** The embedded default: the demo source, so that a fresh install shows a living wall. */
export const DEMO_SOURCE: SourceConfig = { id: 'demo', type: 'demo', enabled: true, options: {} };

/** One source's options against its connector's schema; pushes what is wrong to `errors`. */
function checkSource(
  source: SourceConfig,
  i: number,
  registry: ConnectorRegistry,
  errors: FieldError[],
  parse: ParseOptions,
): ResolvedSource | undefined {
  const definition = registry.get(source.type);
  if (!definition) {
    errors.push({
      field: `sources[${i}].type`,
      message: `unknown source type "${source.type}" (known: ${[...registry.keys()].join(', ')})`,
    });
    return undefined;
  }
  if (source.pollSeconds !== undefined && source.pollSeconds < definition.minPollSeconds) {
    errors.push({
      field: `sources[${i}].pollSeconds`,
      message: `must be at least ${definition.minPollSeconds} s for ${definition.label}`,
    });
  }
  const options = strictOptions(definition.optionsSchema).safeParse(source.options, parse);
  if (!options.success) {
    errors.push(...issuesToErrors(options.error, ['sources', i, 'options']));
    return undefined;
  }
  return { config: source, definition, options: options.data };
}

export interface ValidateOptions {
  /** The language of the messages (the settings page's); zod's English when absent (command line, logs). */
  language?: Language;
}

/** zod's own messages worded for a form, in the page's language (English for the command line); the wall's
 * own (custom messages, refinements) are translated after. */
function parseOptions(language: Language | undefined): ParseOptions {
  return { error: fieldErrorMap(language ?? 'en') };
}

/** The wall's own messages in the page's language (wall-messages-fr.ts); English stays as written. */
export function messagesIn(errors: FieldError[], language: Language | undefined): FieldError[] {
  return language === 'fr'
    ? errors.map((e) => ({ field: e.field, message: wallMessageFr(e.message) ?? e.message }))
    : errors;
}

function inLanguage(result: ConfigResult, language: Language | undefined): ConfigResult {
  return result.ok ? result : { ok: false, errors: messagesIn(result.errors, language) };
}

export function validateConfig(
  input: unknown,
  registry: ConnectorRegistry,
  validate: ValidateOptions = {},
): ConfigResult {
  return inLanguage(validateIn(input, registry, parseOptions(validate.language)), validate.language);
}

export type SourceResult = { ok: true; value: ResolvedSource } | { ok: false; errors: FieldError[] };

/** One source alone ("Test connection"), with the same checks and messages as in a whole config; fields read "source.…". */
export function validateSource(
  input: unknown,
  registry: ConnectorRegistry,
  validate: ValidateOptions = {},
): SourceResult {
  const parse = parseOptions(validate.language);
  const parsed = SourceConfigSchema.safeParse(input, parse);
  const errors: FieldError[] = [];
  const resolved = parsed.success ? checkSource(parsed.data, 0, registry, errors, parse) : undefined;
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, ['sources', 0]));
  if (resolved && errors.length === 0) return { ok: true, value: resolved };
  const named = errors.map((e) => ({
    field: e.field.replace(/^sources\[0\]\.?/, 'source.').replace(/\.$/, ''),
    message: e.message,
  }));
  return { ok: false, errors: messagesIn(named, validate.language) };
}

function validateIn(input: unknown, registry: ConnectorRegistry, parse: ParseOptions): ConfigResult {
  const parsed = WallConfigSchema.safeParse(input ?? {}, parse);
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error);
    // The file as a whole is wrong, but its sources may still be readable: check their options too.
    const rawSources = (input as { sources?: unknown } | null)?.sources;
    if (Array.isArray(rawSources)) {
      rawSources.forEach((raw, i) => {
        const source = SourceConfigSchema.safeParse(raw, parse);
        if (source.success) checkSource(source.data, i, registry, errors, parse);
      });
    }
    return { ok: false, errors };
  }
  const config = parsed.data;
  if (config.sources.length === 0) config.sources = [DEMO_SOURCE];
  if (config.panels.length === 0) {
    config.panels = DEFAULT_PANELS.map((p) =>
      p.type === 'stats' && config.language === 'en' ? { ...p, title: 'Statistics' } : { ...p },
    );
  }
  const errors: FieldError[] = [];
  const sources = config.sources.flatMap((source, i) => checkSource(source, i, registry, errors, parse) ?? []);
  return errors.length ? { ok: false, errors } : { ok: true, value: { config, sources } };
}
