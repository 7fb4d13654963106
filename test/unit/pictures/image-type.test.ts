import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../src/main/pictures/image-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'binary') : Buffer.from(p))));

describe('sniffImageType', () => {
  it('knows the raster formats a browser shows by their first bytes', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0], '\0'.repeat(12)))).toBe('image/jpeg');
    expect(sniffImageType(bytes('\x89PNG\r\n\x1a\n', '\0'.repeat(8)))).toBe('image/png');
    expect(sniffImageType(bytes('GIF89a', '\0'.repeat(8)))).toBe('image/gif');
    expect(sniffImageType(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(bytes('\0\0\0\x1cftypavif', '\0'.repeat(4)))).toBe('image/avif');
  });

  it('refuses everything else: SVG, HTML, a name that lies, too few bytes', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="x"/>'))).toBeUndefined();
    expect(sniffImageType(bytes('<!doctype html><img src=x>'))).toBeUndefined();
    expect(sniffImageType(bytes('\x89PNG'))).toBeUndefined();
    expect(sniffImageType(bytes('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
  });
});
