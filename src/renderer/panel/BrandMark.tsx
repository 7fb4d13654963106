// The brand's mark in the header: its initials on its own colours (the configuration has no logo
// file yet; a monogram keeps the header branded without loading anything).
import type { Brand } from '../../shared/config.ts';
import { initials } from './avatar-style.ts';

export function BrandMark({ brand }: { brand: Brand }) {
  return (
    <span className="brand-mark" aria-hidden="true">
      {initials(brand.name)}
    </span>
  );
}
