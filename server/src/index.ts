// @bmrts/server: createApp and its dependencies, for main.ts and the tests.
export { createApp, type AppType } from './app';
export * from './deps';
