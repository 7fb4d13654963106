// electron-builder's update manifest (latest.yml, latest-linux.yml), read with js-yaml as electron-updater reads
// it, so that the kiosk checks the very fields the updater will act on.
import { load } from 'js-yaml';
import { z } from 'zod';

const Sha512 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a sha512 in base64');

const ManifestSchema = z.object({
  version: z.string().min(1).max(40),
  files: z
    .array(z.object({ url: z.string().min(1), sha512: Sha512, size: z.number().int().nonnegative().optional() }))
    .min(1),
  path: z.string().optional(),
  sha512: Sha512.optional(),
  releaseDate: z.string().optional(),
});
export type ReleaseManifest = z.infer<typeof ManifestSchema>;

export type ManifestRead = { ok: true; manifest: ReleaseManifest } | { ok: false; message: string };

export function readManifest(text: string): ManifestRead {
  let value: unknown;
  try {
    value = load(text);
  } catch (err) {
    return { ok: false, message: `The release manifest is not YAML (${(err as Error).message.split('\n')[0]}).` };
  }
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      message: `The release manifest lacks ${parsed.error.issues.map((i) => i.path.join('.') || 'its fields').join(', ')}.`,
    };
  return { ok: true, manifest: parsed.data };
}

/** The sha512 (base64) the manifest promises for a downloaded file's name; undefined when it names no such file. */
export function promisedSha512(manifest: ReleaseManifest, fileName: string): string | undefined {
  const base = (url: string): string => decodeURIComponent(url.split('/').at(-1) ?? url);
  return manifest.files.find((f) => base(f.url) === fileName)?.sha512;
}
