// The kinds of connector failure: the one list, for the connectors (ConnectorError), the engine (backoff),
// the health and "Test connection", which the settings page words in its language. In the order IT should
// look at them when several fail at once: first what only IT can fix, then what passes by itself.
export const CONNECTOR_ERROR_KINDS = [
  /** Token expired or revoked: retrying will not help until IT renews it. */
  'auth',
  /** The configuration is wrong (unknown page id, missing permission). */
  'config',
  /** The answer could not be read at all (a feed address that gives a web page). */
  'invalid-response',
  /** The network asked us to slow down. */
  'rate-limit',
  /** The network answered with a 5xx. */
  'server',
  /** Could not reach the network (DNS, connection, timeout). */
  'network',
] as const;

export type ConnectorErrorKind = (typeof CONNECTOR_ERROR_KINDS)[number];
