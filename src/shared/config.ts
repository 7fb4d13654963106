// The wall's configuration: one schema for the config file, the settings API and the settings forms.
// Each source's `options` are validated by its connector's own schema (src/connectors/registry.ts),
// which the main process applies on top of this one (src/main/config/validate-config.ts). Every object is
// strict: an unknown field (a typo, a field of another version) is refused, never silently dropped.
import { z } from 'zod';
import { CachePolicySchema, NetworkSchema } from './post.ts';
import { UpdatesConfigSchema } from './update-contract.ts';

const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use 1–40 lowercase letters, digits or dashes, starting with a letter or digit');

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** `logo-<16 hex of its sha256>.<ext>`: no path, no other name reaches the disk. */
export const LOGO_FILE_NAME = /^logo-[0-9a-f]{16}\.(png|jpg|webp)$/;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #1a2b3c');

export const BrandSchema = z.strictObject({
  name: z.string().min(1).max(80).default('Atelier Nova'),
  hashtags: z
    .array(z.string().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag is letters, digits or _'))
    .max(30)
    .default([]),
  handles: z.array(z.string().min(1).max(100)).max(30).default([]),
  colors: z
    .strictObject({ primary: HexColor.default('#0b3d91'), accent: HexColor.default('#ffb000') })
    .default({ primary: '#0b3d91', accent: '#ffb000' }),
  /** The logo's file in `<dataDir>/brand/` (named by its content hash); set only by POST /api/settings/logo. */
  logo: z.string().regex(LOGO_FILE_NAME, 'the logo is set by uploading a picture').optional(),
  /** The empty state's call to action: where its QR code points (else the hashtag's page) and a line of text. */
  callToAction: z
    .strictObject({
      qrUrl: z.string().trim().max(2000).refine(isHttpsUrl, 'use a web address starting with https://').optional(),
      text: z.string().trim().max(120, 'at most 120 characters').optional(),
    })
    .optional(),
});
export type Brand = z.infer<typeof BrandSchema>;

export const SourceConfigSchema = z.strictObject({
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

/**
 * A feed panel's density: `hall` (read from across a lobby: the spotlight and at most four other posts, large)
 * or `near` (a screen read from a few metres, a store's counter: up to eight, smaller).
 */
export const FeedDensitySchema = z.enum(['hall', 'near']);
export type FeedDensity = z.infer<typeof FeedDensitySchema>;

export const PanelConfigSchema = z.strictObject({
  id: Slug,
  title: z.string().min(1).max(80),
  type: PanelTypeSchema,
  /** Networks shown (empty: all). */
  networks: z.array(NetworkSchema).default([]),
  /** Source ids shown (empty: all sources). */
  sources: z.array(Slug).default([]),
  /** Feed panels: how many posts at once, how large. */
  density: FeedDensitySchema.optional(),
  /** Feed panels: how long a new post stays in the spotlight at least, in seconds (the hall must find it). */
  spotlightSeconds: z.number().int().min(8).max(120).optional(),
});
export type PanelConfig = z.infer<typeof PanelConfigSchema>;

/** A store profile's own brand over the company's (its logo stays the company's): its name and colours. */
export const ProfileBrandSchema = z.strictObject({
  name: z.string().trim().min(1, 'required').max(80, 'at most 80 characters').optional(),
  colors: z.strictObject({ primary: HexColor, accent: HexColor }).optional(),
});
export type ProfileBrand = z.infer<typeof ProfileBrandSchema>;

/**
 * A hub's store profile (docs/fleet.md): what the stores assigned to it show — their own panels (their reviews,
 * their place, the brand-wide feed, statistics), brand and language. A store without a profile shows the hub's own.
 */
export const StoreProfileSchema = z.strictObject({
  id: Slug,
  name: z.string().trim().min(1, 'required').max(80, 'at most 80 characters'),
  /** The stores' language; the hub's when absent. */
  language: LanguageSchema.optional(),
  brand: ProfileBrandSchema.optional(),
  panels: z.array(PanelConfigSchema).min(1, 'a profile shows at least one panel').max(12),
});
export type StoreProfile = z.infer<typeof StoreProfileSchema>;

export const ServerConfigSchema = z.strictObject({
  /** Loopback by default; anything else exposes the wall to the network (signage players). */
  host: z.string().min(1).default('127.0.0.1'),
  /** 0: a free port chosen at each launch. */
  port: z.number().int().min(0).max(65_535).default(0),
  /** A stable display token (a signage player needs a stable URL); new at each launch when absent. */
  token: z.string().min(24, 'a configured token needs at least 24 characters').max(200).optional(),
  /** A stable admin token for the settings (`/settings?admin=…`); new at each launch when absent. Never the display token. */
  adminToken: z.string().min(24, 'a configured admin token needs at least 24 characters').max(200).optional(),
});

/** How the kiosk shell puts panels on the PC's displays (src/main/electron/screens/). */
export const ScreensConfigSchema = z.strictObject({
  /** Panel ids, left to right, for displays the wall has never seen (empty: the panels' own order). */
  leftToRight: z.array(Slug).default([]),
  /** Fewer displays than panels: the leftover panels take turns on the last display, or share it side by side. */
  fewerScreens: z.enum(['rotate', 'split']).default('rotate'),
  /** With `rotate`: seconds each panel stays on screen. */
  rotateSeconds: z.number().int().min(5).max(3600).default(30),
  /** More displays than panels: the extra displays repeat a panel, or stay black. */
  extraScreens: z.enum(['repeat', 'dark']).default('dark'),
  /** With `repeat`: the panel shown on the extra displays (default: the first panel). */
  repeatPanel: Slug.optional(),
});
export type ScreensConfig = z.infer<typeof ScreensConfigSchema>;

/** The kiosk's unattended behaviour (src/main/electron/). */
export const KioskConfigSchema = z.strictObject({
  /** Opens the settings window (with the IT PIN). Modifiers: Ctrl, Alt, Shift, Meta; then one key. */
  settingsKeys: z
    .string()
    .regex(/^((Ctrl|Alt|Shift|Meta)\+)+[A-Za-z0-9]$/, 'use modifiers and one letter or digit, like Ctrl+Alt+Shift+S')
    .default('Ctrl+Alt+Shift+S'),
  /** Local hour (0–23) at which every panel reloads; null: never. */
  nightlyReloadHour: z.number().int().min(0).max(23).nullable().default(4),
  /** A panel whose renderer uses more memory than this (MB) reloads. */
  panelMemoryLimitMb: z.number().int().min(128).max(16_384).default(1024),
  /** Start the wall when the kiosk's session opens (installed app only). */
  startAtLogin: z.boolean().default(true),
  /** Updates from the hub, at night, signed by IT (src/main/updates/, docs/fleet.md "Updates"). */
  updates: UpdatesConfigSchema.default(UpdatesConfigSchema.parse({})),
});
export type KioskConfig = z.infer<typeof KioskConfigSchema>;

/** An author whose posts never reach the screens: a handle (with or without @) or the network's author id. */
export const BlockedAuthorSchema = z.strictObject({
  author: z.string().trim().min(1).max(200),
  /** The network the handle or id belongs to; absent: any network. */
  network: NetworkSchema.optional(),
});
export type BlockedAuthor = z.infer<typeof BlockedAuthorSchema>;

/**
 * Moderation is off by default (transparency: negative posts show like positive ones). A store may switch
 * rules on; each post a rule hides is logged in the audit and counted on the wall. The brand's own posts are
 * never moderated (they are the answers the wall measures). Rules apply to posts as they arrive.
 */
export const ModerationConfigSchema = z.strictObject({
  /** Hide posts with a word of these profanity lists (French, English); empty: off. */
  profanity: z.array(LanguageSchema).max(2).default([]),
  blockedAuthors: z.array(BlockedAuthorSchema).max(1000).default([]),
  /** Words or phrases (or #hashtags), matched whole, ignoring case and accents. */
  blockedKeywords: z
    .array(z.string().trim().min(2, 'a keyword needs at least 2 characters').max(100))
    .max(1000)
    .default([]),
  /** all; media-only: only posts with a picture or video; text-only: only posts without. */
  content: z.enum(['all', 'media-only', 'text-only']).default('all'),
});
export type ModerationConfig = z.infer<typeof ModerationConfigSchema>;

/**
 * Whether IT went through the settings' guided setup: it opens by itself while `unfinished` (the embedded
 * default, and a file that does not say), never again once `finished` or `skipped`.
 */
export const SetupStateSchema = z.enum(['unfinished', 'finished', 'skipped']);
export type SetupState = z.infer<typeof SetupStateSchema>;

export const WallConfigSchema = z
  .strictObject({
    version: z.literal(1).default(1),
    language: LanguageSchema.default('fr'),
    /** IANA time zone for "today" in the statistics; the machine's own when absent. */
    timeZone: z.string().optional(),
    retentionDays: z.number().int().min(1).max(3650).default(30),
    /** The brand's target for answering a customer, shown against the median response time. */
    responseTargetMinutes: z.number().int().min(1).max(10_080).default(60),
    /** The share of customers' questions and complaints the brand aims to answer, in per cent: the panel's headline. */
    answerTargetPercent: z.number().int().min(1).max(100).default(80),
    brand: BrandSchema.default(BrandSchema.parse({})),
    server: ServerConfigSchema.default(ServerConfigSchema.parse({})),
    sources: z.array(SourceConfigSchema).default([]),
    panels: z.array(PanelConfigSchema).min(1).default([]),
    screens: ScreensConfigSchema.default(ScreensConfigSchema.parse({})),
    kiosk: KioskConfigSchema.default(KioskConfigSchema.parse({})),
    moderation: ModerationConfigSchema.default(ModerationConfigSchema.parse({})),
    setup: SetupStateSchema.default('unfinished'),
    /** A hub's store profiles (absent on a single wall; a save from an older page may leave them out). */
    storeProfiles: z.array(StoreProfileSchema).max(500).optional(),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.server.adminToken !== undefined && cfg.server.adminToken === cfg.server.token) {
      ctx.addIssue({
        code: 'custom',
        path: ['server', 'adminToken'],
        message: 'the admin token must differ from the display token',
      });
    }
    const sourceIds = new Set<string>();
    cfg.sources.forEach((s, i) => {
      if (sourceIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source id "${s.id}" is used twice` });
      sourceIds.add(s.id);
    });
    const panelIds = new Set<string>();
    cfg.panels.forEach((p, i) => {
      if (panelIds.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['panels', i, 'id'], message: `panel id "${p.id}" is used twice` });
      panelIds.add(p.id);
      p.sources.forEach((sid, j) => {
        if (!sourceIds.has(sid))
          ctx.addIssue({ code: 'custom', path: ['panels', i, 'sources', j], message: `no source has the id "${sid}"` });
      });
    });
    const profileIds = new Set<string>();
    (cfg.storeProfiles ?? []).forEach((profile, i) => {
      if (profileIds.has(profile.id))
        ctx.addIssue({
          code: 'custom',
          path: ['storeProfiles', i, 'id'],
          message: `profile id "${profile.id}" is used twice`,
        });
      profileIds.add(profile.id);
      const ids = new Set<string>();
      profile.panels.forEach((p, j) => {
        const at = ['storeProfiles', i, 'panels', j];
        if (ids.has(p.id))
          ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `panel id "${p.id}" is used twice` });
        ids.add(p.id);
        p.sources.forEach((sid, k) => {
          if (!sourceIds.has(sid))
            ctx.addIssue({ code: 'custom', path: [...at, 'sources', k], message: `no source has the id "${sid}"` });
        });
      });
    });
    // Without panels the default ones apply (validate-config.ts): screens may name those.
    const knownPanels = new Set((cfg.panels.length ? cfg.panels : DEFAULT_PANELS).map((p) => p.id));
    cfg.screens.leftToRight.forEach((pid, i) => {
      if (!knownPanels.has(pid))
        ctx.addIssue({ code: 'custom', path: ['screens', 'leftToRight', i], message: `no panel has the id "${pid}"` });
    });
    const repeat = cfg.screens.repeatPanel;
    if (repeat !== undefined && !knownPanels.has(repeat))
      ctx.addIssue({ code: 'custom', path: ['screens', 'repeatPanel'], message: `no panel has the id "${repeat}"` });
  });
export type WallConfig = z.output<typeof WallConfigSchema>;
export type WallConfigInput = z.input<typeof WallConfigSchema>;

/** The reference installation: FB + IG, X + Foursquare, statistics. */
export const DEFAULT_PANELS: PanelConfig[] = [
  { id: '1', title: 'Facebook · Instagram', type: 'feed', networks: ['facebook', 'instagram'], sources: [] },
  { id: '2', title: 'X · Foursquare', type: 'feed', networks: ['x', 'foursquare'], sources: [] },
  { id: '3', title: 'Statistiques', type: 'stats', networks: [], sources: [] },
];
