// @bmrts/db: the Database type, migrations, the connection factory and the demo seed.
export * from './schema';
export * from './connection';
export * from './migrate';
export * from './crypto/history-hash';
export * from './crypto/password';
export * from './seed/reference-data';
export { seedReferenceData } from './seed/reference-data';
export type { ReferenceSeedResult } from './seed/reference-data';
export { seedDemoData } from './seed/demo-data';
export type { DemoSeedOptions, DemoSeedResult } from './seed/demo-data';
export { DEMO_PASSWORD, DEMO_ACCOUNTS } from './seed/demo-accounts';
export type { DemoAccount } from './seed/demo-accounts';
export * from './request-content-columns';
export * from './history/request-event-chain';
export * from './history/audit-log';
export * from './history/verify-history';
