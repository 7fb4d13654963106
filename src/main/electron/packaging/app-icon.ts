// The app's icon, drawn from the brand monogram the panels' headers use (renderer/panel/BrandMark.tsx):
// the initials, dark, on a tile going from the accent to a mix of the accent and the primary colour — here
// Social Wall's own, "SW" on the default palette. An SVG, so that one drawing gives every size.

export const ICON_COLOURS = { primary: '#0b3d91', accent: '#ffb000', ink: '#1a1200' } as const;

/** Sizes the installers want: Windows' .ico (16 to 256) and the Linux icon theme folder (up to 512). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

export function appIconSvg(size: number, initials = 'SW'): string {
  const { primary, accent, ink } = ICON_COLOURS;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${accent}"/>
      <stop offset="1" stop-color="color-mix(in oklab, ${accent} 82%, ${primary})"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="104" fill="${primary}"/>
  <rect x="40" y="40" width="432" height="432" rx="84" fill="url(#tile)"/>
  <text x="256" y="262" text-anchor="middle" dominant-baseline="central" fill="${ink}"
    font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-weight="800" font-size="230" letter-spacing="-6">${initials}</text>
</svg>`;
}
