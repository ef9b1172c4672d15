// @bmrts/server: createApp and its dependencies, for main.ts and the tests.
export { createApp, type AppType } from './app';
export * from './deps';
export { createDecisionBatcher, type DecisionBatcher, type DecisionBatcherOptions, type BatchHooks } from './requests/decision-batcher';
export { runOutboxOnce, type OutboxDeps, type OutboxRunResult } from './outbox/run-outbox';
export { OUTBOX_MAX_ATTEMPTS, retryDelayMs } from './outbox/claim';
export { webhookSignature } from './outbox/webhook-delivery';
export type { EmailSettings } from './outbox/email-settings';
