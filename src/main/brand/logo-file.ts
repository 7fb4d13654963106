// The brand's logo on disk: `<dataDir>/brand/logo-<sha256 prefix>.<ext>`, checked before it is kept.
// Only raster pictures are accepted (PNG, JPEG, WebP), each recognised by its magic bytes. SVG is refused on
// purpose: it is a document that can carry script, event attributes, <foreignObject> and external links, and
// the libraries installed here do not sanitise it safely (sanitize-html is an HTML sanitiser; DOMPurify needs
// a DOM the main process does not have). A store exports its logo as PNG in a minute; a hole in an SVG
// filter would put script on the wall's own origin.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { join } from 'node:path';
import { LOGO_FILE_NAME } from '../../shared/config.ts';

export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';

const EXTENSIONS: Record<LogoType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const TYPES_BY_EXTENSION: Record<string, LogoType> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export type LogoCheck = { ok: true; type: LogoType } | { ok: false; status: 413 | 415 | 422; error: string };

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The picture's real type from its first bytes (never from its name or its declared type). */
export function sniffImage(bytes: Uint8Array): LogoType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** Checks an upload: its declared type, its size, and that its bytes are that type. */
export function checkLogo(declaredType: string | undefined, bytes: Uint8Array): LogoCheck {
  const declared = (declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared === 'image/svg+xml') {
    return {
      ok: false,
      status: 415,
      error: 'SVG logos are not accepted (an SVG can carry script): export the logo as PNG, JPEG or WebP.',
    };
  }
  if (!(declared in EXTENSIONS))
    return {
      ok: false,
      status: 415,
      error: 'Send the logo as PNG, JPEG or WebP (Content-Type image/png, image/jpeg or image/webp).',
    };
  if (bytes.byteLength > MAX_LOGO_BYTES) return { ok: false, status: 413, error: tooLarge() };
  if (bytes.byteLength === 0) return { ok: false, status: 422, error: 'The logo file is empty.' };
  const actual = sniffImage(bytes);
  if (actual !== declared) {
    return {
      ok: false,
      status: 422,
      error: `This file is not a ${EXTENSIONS[declared as LogoType].toUpperCase()} picture (its content does not match its type).`,
    };
  }
  return { ok: true, type: actual };
}

export function tooLarge(): string {
  return `The logo is too large: at most ${MAX_LOGO_BYTES / 1024} kB. Export it smaller (a few hundred pixels wide is plenty for the header).`;
}

export function logoFileName(type: LogoType, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `logo-${hash}.${EXTENSIONS[type]}`;
}

export function logoTypeOf(fileName: string): LogoType | undefined {
  if (!LOGO_FILE_NAME.test(fileName)) return undefined;
  return TYPES_BY_EXTENSION[fileName.slice(fileName.lastIndexOf('.') + 1)];
}

/** Writes the picture atomically; the same content keeps the same name. */
export function writeLogo(brandDir: string, fileName: string, bytes: Uint8Array): string {
  mkdirSync(brandDir, { recursive: true });
  const path = join(brandDir, fileName);
  if (existsSync(path)) return path;
  writeFileAtomically(path, bytes);
  return path;
}

/** The file of a configured logo name, or undefined when the name is not one of ours or the file is gone. */
export function logoPath(brandDir: string, fileName: string | undefined): string | undefined {
  if (fileName === undefined || !LOGO_FILE_NAME.test(fileName)) return undefined;
  const path = join(brandDir, fileName);
  return existsSync(path) ? path : undefined;
}

export function removeLogo(brandDir: string, fileName: string): void {
  if (LOGO_FILE_NAME.test(fileName)) rmSync(join(brandDir, fileName), { force: true });
}
