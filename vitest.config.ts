import { defineConfig } from 'vitest/config';

// Unit/integration tests in parallel; browser and Electron tests one file at a time (each starts a real web-mode
// server and a headless Chromium). `npm test` (test/run-all.ts) runs the browser lane beside the other checks.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker process for all browser files, one after the other: each file still starts its own server,
          // vault and Chromium, but Playwright and the app's modules load once instead of once per file.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Apart from the browser files: these load the built main bundle with a stand-in `electron` module and
          // patch the module resolver while they run, so each file keeps a process of its own.
          name: 'electron',
          include: ['test/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
