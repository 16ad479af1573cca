import { defineConfig } from '@playwright/test';

/**
 * The renderer is tested as built (out/renderer) through the HTTP host, in Debian's Chromium,
 * once in English and once in Arabic (RTL). With ELECTRON_E2E=1 on a machine that has the
 * Electron binary, the same specs and page objects also drive the real app.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const browser = {
  launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  viewport: { width: 1360, height: 860 },
};

export default defineConfig<{ appLang: 'en' | 'ar'; target: 'web' | 'electron' }>({
  testDir: './specs',
  outputDir: '../../test-results',
  globalSetup: './fixtures/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'web-en', use: { ...browser, locale: 'en-US', appLang: 'en' } },
    { name: 'web-ar', use: { ...browser, locale: 'ar', appLang: 'ar' } },
    ...(process.env.ELECTRON_E2E === '1' ? [{ name: 'electron', use: { appLang: 'en' as const, target: 'electron' as const } }] : []),
  ],
});
