// One i18next instance per page, in the wall's configured language, initialised synchronously from
// bundled resources (no backend, nothing fetched: the CSP allows only this server anyway).
import i18next, { type i18n } from 'i18next';
import type { Language } from '../../shared/config.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

export function createWallI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'fr',
    defaultNS: 'wall',
    ns: ['wall'],
    resources: { fr: { wall: fr }, en: { wall: en } },
    initAsync: false,
    // React escapes text itself; posts never go through t() anyway.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
