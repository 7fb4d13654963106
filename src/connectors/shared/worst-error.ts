// When every part of a source fails (all feeds, all instances), the source reports one failure: the one
// IT must act on first, in the order of the one list of kinds (src/shared/connector-error-kind.ts).
import { CONNECTOR_ERROR_KINDS } from '../../shared/connector-error-kind.ts';
import type { ConnectorError } from '../connector.ts';

export function worstError<E extends ConnectorError>(errors: Iterable<E>): E | undefined {
  const rank = (e: E) => CONNECTOR_ERROR_KINDS.indexOf(e.kind);
  return [...errors].sort((a, b) => rank(a) - rank(b))[0];
}
