// The wall's language for every component below the shell, through react-i18next.
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/config.ts';
import { createWallI18n } from './wall-i18n.ts';

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const instance = useMemo(() => createWallI18n(language), [language]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

export interface WallI18n {
  t: TFunction<'wall'>;
  language: Language;
}

export function useI18n(): WallI18n {
  const { t, i18n } = useTranslation('wall');
  return { t, language: i18n.language === 'en' ? 'en' : 'fr' };
}
