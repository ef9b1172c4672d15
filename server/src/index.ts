// @bmrts/server: createApp and its dependencies, for main.ts and the tests.
export { createApp, type AppType } from './app';
export * from './deps';
export { createDecisionBatcher, type DecisionBatcher, type DecisionBatcherOptions, type BatchHooks } from './requests/decision-batcher';
export { runSchedulerOnce, evaluateOpenRequests, type SchedulerDeps, type RunOutcome, type RunOptions } from './scheduler/run';
export { startScheduler, DEFAULT_SCHEDULER_INTERVAL_MINUTES, type RunningScheduler } from './scheduler/scheduler';
export { acquireLease, releaseLease } from './scheduler/lease';
export { runOutboxOnce, type OutboxDeps, type OutboxRunResult } from './outbox/run-outbox';
export { OUTBOX_MAX_ATTEMPTS, retryDelayMs } from './outbox/claim';
export { webhookSignature } from './outbox/webhook-delivery';
export type { EmailSettings } from './outbox/email-settings';
export { createLogger, type Logger } from './http/logger';
