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
          include: ['test/browser/**/*.test.ts', 'test/render/**/*.test.ts'],
          globalSetup: 'test/browser/globalSetup.ts',
          // SwiftShader renders WebGL on the CPU: frames take seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One Chromium at a time: two would halve each other's CPU and time out.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
})
