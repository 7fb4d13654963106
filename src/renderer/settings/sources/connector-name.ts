// A connector's name in the page's language (settings.connectorNames, by type). A type this page does not
// know yet keeps the server's English label, marked as English for screen readers.
import type { TFunction } from 'i18next';
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { settingsFr } from '../../i18n/settings-fr.ts';

type KnownType = keyof typeof settingsFr.connectorNames;
const isKnown = (type: string): type is KnownType => Object.hasOwn(settingsFr.connectorNames, type);

export function connectorName(
  connector: Pick<ConnectorFormView, 'type' | 'label'>,
  t: TFunction<'wall'>,
): { text: string; lang?: 'en' } {
  return isKnown(connector.type)
    ? { text: t(`settings.connectorNames.${connector.type}`) }
    : { text: connector.label, lang: 'en' };
}
