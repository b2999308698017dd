import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          // Node, not Vitest's browser mode: these tests drive a real Chromium with
          // playwright-core against the production build, as a viewer would see it.
          environment: 'node',
          // Includes the whole-film text layout check of every film; the project below runs
          // that check alone, for one film (`FILM=<id> npm run check:text-layout`).
          include: ['test/browser/**/*.test.ts', 'test/render/**/*.test.ts'],
          globalSetup: 'test/browser/globalSetup.ts',
          // SwiftShader renders WebGL on the CPU: frames take seconds, not milliseconds, and many
          // more on a loaded machine. These caps only end a test that has hung: pages are waited
          // for as long as they are working (test/browser/browser.ts), so a slow machine never
          // fails a test.
          testTimeout: 900_000,
          hookTimeout: 900_000,
          // One Chromium at a time: two would halve each other's CPU and time out.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
      {
        test: {
          name: 'text-layout',
          environment: 'node',
          include: ['test/browser/text-layout.test.ts'],
          globalSetup: 'test/browser/globalSetup.ts',
          testTimeout: 3_600_000,
          hookTimeout: 3_600_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
})
