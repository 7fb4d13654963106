// The kinds of connector failure, as the settings page names them ("Test connection").
export type ConnectorErrorKindName = 'auth' | 'rate-limit' | 'network' | 'server' | 'config' | 'invalid-response';
