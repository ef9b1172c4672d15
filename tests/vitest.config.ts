// Test projects: unit (shared), db, api (createApp + app.request) and build (bundle budget) run by `npm test`;
// e2e (Chromium) by `npm run test:e2e`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['unit/**/*.test.ts'] } },
      { test: { name: 'db', include: ['db/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'api', include: ['api/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['build/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
