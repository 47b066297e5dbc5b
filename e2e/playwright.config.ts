import { defineConfig } from '@playwright/test';

// Runs against a backend that is already up (scripts/e2e.sh starts the packaged one on :8080) and the realm
// ocop on Keycloak. Browsers: Debian's Chromium (`npx playwright install` cannot download one here).
export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // The JSON report gives scripts/e2e.sh the counts for its `N passed, N failed` line.
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  globalSetup: './global-setup.ts',
  outputDir: 'test-results',
  use: {
    baseURL: process.env.OCOP_API_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'api', testDir: './tests/api' },
    {
      name: 'browser',
      testDir: './tests/browser',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
