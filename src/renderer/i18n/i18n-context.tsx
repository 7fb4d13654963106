// The language of the wall (from PanelsResponse.language) and its messages, for every component below the shell.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../shared/config.ts';
import { MESSAGES, type Messages } from './messages.ts';

interface I18n {
  language: Language;
  messages: Messages;
}

const I18nContext = createContext<I18n>({ language: 'fr', messages: MESSAGES.fr });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <I18nContext value={{ language, messages: MESSAGES[language] }}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
