// @bmrts/server: createApp and its dependencies, for main.ts and the tests.
export { createApp, type AppType } from './app';
export * from './deps';
export { createDecisionBatcher, type DecisionBatcher, type DecisionBatcherOptions, type BatchHooks } from './requests/decision-batcher';
