// Types t() against the French resources: a missing or misspelt key is a compile error.
import 'i18next';
import type { WallMessages } from './fr.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'wall';
    resources: { wall: WallMessages };
  }
}
