import { defineConfig } from "@playwright/test";

// EVERGREEN_APP_PORT and VITE_RPC_URL let a run use its own dev server and chain.
const appPort = process.env.EVERGREEN_APP_PORT ?? "5173";
const baseURL = `http://127.0.0.1:${appPort}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // A flaky test is a bug: no retries.
  retries: 0,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    locale: "en-US",
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    // No browser download here: Debian's chromium (apt-get install -y chromium).
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The production build, as users get it: faster and steadier to load than the dev server.
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
    url: baseURL,
    reuseExistingServer: true,
    timeout: 180_000,
  },
});
