// The wall's configuration: one schema for the config file, the settings API and the settings forms.
// Each source's `options` are validated by its connector's own schema (src/connectors/registry.ts),
// which the main process applies on top of this one (src/main/config/validate-config.ts).
import { z } from 'zod';
import { CachePolicySchema, NetworkSchema } from './post.ts';

const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use 1–40 lowercase letters, digits or dashes, starting with a letter or digit');

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #1a2b3c');

export const BrandSchema = z.object({
  name: z.string().min(1).max(80).default('Atelier Nova'),
  hashtags: z.array(z.string().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag is letters, digits or _')).max(30).default([]),
  handles: z.array(z.string().min(1).max(100)).max(30).default([]),
  colors: z
    .object({ primary: HexColor.default('#0b3d91'), accent: HexColor.default('#ffb000') })
    .default({ primary: '#0b3d91', accent: '#ffb000' }),
});
export type Brand = z.infer<typeof BrandSchema>;

export const SourceConfigSchema = z.object({
  id: Slug,
  /** Connector type: demo, replay, facebook, … (see the registry). */
  type: z.string().min(1),
  enabled: z.boolean().default(true),
  /** Poll interval; each connector has its own default and minimum. */
  pollSeconds: z.number().positive().max(86_400).optional(),
  /** Overrides the connector's default cache policy (a stricter one only makes sense). */
  cachePolicy: CachePolicySchema.optional(),
  /** Connector-specific options, validated by the connector's schema. */
  options: z.record(z.string(), z.unknown()).default({}),
});
export type SourceConfig = z.infer<typeof SourceConfigSchema>;

export const PanelTypeSchema = z.enum(['feed', 'stats']);
export type PanelType = z.infer<typeof PanelTypeSchema>;

export const PanelConfigSchema = z.object({
  id: Slug,
  title: z.string().min(1).max(80),
  type: PanelTypeSchema,
  /** Networks shown (empty: all). */
  networks: z.array(NetworkSchema).default([]),
  /** Source ids shown (empty: all sources). */
  sources: z.array(Slug).default([]),
});
export type PanelConfig = z.infer<typeof PanelConfigSchema>;

export const ServerConfigSchema = z.object({
  /** Loopback by default; anything else exposes the wall to the network (signage players). */
  host: z.string().min(1).default('127.0.0.1'),
  /** 0: a free port chosen at each launch. */
  port: z.number().int().min(0).max(65_535).default(0),
  /** A stable display token (a signage player needs a stable URL); new at each launch when absent. */
  token: z.string().min(24, 'a configured token needs at least 24 characters').max(200).optional(),
});

export const WallConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    language: LanguageSchema.default('fr'),
    /** IANA time zone for "today" in the statistics; the machine's own when absent. */
    timeZone: z.string().optional(),
    retentionDays: z.number().int().min(1).max(3650).default(30),
    /** The brand's target for answering a customer, shown against the median response time. */
    responseTargetMinutes: z.number().int().min(1).max(10_080).default(60),
    brand: BrandSchema.default(BrandSchema.parse({})),
    server: ServerConfigSchema.default(ServerConfigSchema.parse({})),
    sources: z.array(SourceConfigSchema).default([]),
    panels: z.array(PanelConfigSchema).min(1).default([]),
  })
  .superRefine((cfg, ctx) => {
    const sourceIds = new Set<string>();
    cfg.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source id "${s.id}" is used twice` });
      sourceIds.add(s.id);
    });
    const panelIds = new Set<string>();
    cfg.panels.forEach((p, i) => {
      if (panelIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['panels', i, 'id'], message: `panel id "${p.id}" is used twice` });
      panelIds.add(p.id);
      p.sources.forEach((sid, j) => {
        if (!sourceIds.has(sid)) ctx.addIssue({ code: 'custom', path: ['panels', i, 'sources', j], message: `no source has the id "${sid}"` });
      });
    });
  });
export type WallConfig = z.output<typeof WallConfigSchema>;
export type WallConfigInput = z.input<typeof WallConfigSchema>;

/** The reference installation: FB + IG, X + Foursquare, statistics. */
export const DEFAULT_PANELS: PanelConfig[] = [
  { id: '1', title: 'Facebook · Instagram', type: 'feed', networks: ['facebook', 'instagram'], sources: [] },
  { id: '2', title: 'X · Foursquare', type: 'feed', networks: ['x', 'foursquare'], sources: [] },
  { id: '3', title: 'Statistiques', type: 'stats', networks: [], sources: [] },
];
