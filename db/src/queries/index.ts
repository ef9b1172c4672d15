// Named queries that server code calls by what they answer. The hot ones are compiled once (../precompiled.ts): how,
// and how their parameters are laid out, stays in this folder.
export * from './sessions';
export * from './acting';
export * from './portfolios';
export * from './requests';
export * from './request-move';
export * from './attachments';
export * from './notifications';
export * from './notification-recipients';
export * from './outbox';
