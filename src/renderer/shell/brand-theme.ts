// The brand's colours as CSS variables on <html>: set through the CSSOM, which the CSP allows
// (unlike style attributes in markup), and read by every stylesheet.
import type { Brand } from '../../shared/config.ts';

export function applyBrandTheme(brand: Brand, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--brand-primary', brand.colors.primary);
  root.style.setProperty('--brand-accent', brand.colors.accent);
}
