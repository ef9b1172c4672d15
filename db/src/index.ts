// @bmrts/db: the Database type, migrations, the connection factory and the demo seed.
export * from './schema';
export * from './connection';
export * from './migrate';
export * from './crypto/history-hash';
export * from './crypto/password';
export * from './seed/reference-data';
