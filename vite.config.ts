import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { viemWithoutDeploylessBytecode } from "./scripts/viemDeployless.ts";

/**
 * The modules Discover and a fund page share at start (paths as they end), listed from what
 * scripts/startupJs.mjs saw both load. Grouping those of only one page, or by the bundler's own
 * rules (entry-aware groups, inlining small common chunks), was measured to load more.
 */
const STARTUP_READERS = [
  "/@tanstack/query-core/build/modern/queriesObserver.js",
  "/@tanstack/query-core/build/modern/queryObserver.js",
  // react-query's query hooks, not its mutation (the transactions' and wagmi's, loaded with them).
  ...["useBaseQuery", "useQuery", "useQueries", "errorBoundaryUtils", "suspense", "IsRestoringProvider"].map(
    (m) => `/@tanstack/react-query/build/modern/${m}.js`,
  ),
  "/@tanstack/react-query/build/modern/QueryErrorResetBoundary.js",
  "/viem/_esm/errors/log.js",
  "/viem/_esm/utils/abi/decodeEventLog.js",
  "/viem/_esm/utils/abi/encodeEventTopics.js",
  "/viem/_esm/utils/abi/parseEventLogs.js",
  "/viem/_esm/utils/formatters/log.js",
  "/viem/_esm/utils/unit/formatUnits.js",
  ...["batchClient", "chainName", "feeds", "fundList", "fundRecords", "logs", "providerLimits", "queryKeys"].map(
    (m) => `/src/chain/${m}.ts`,
  ),
  ...["previousOfSame", "readError", "summaries", "useFeedHistories", "logCache/range", "logCache/store"].map(
    (m) => `/src/chain/${m}.ts`,
  ),
  ...["FeedProxy", "FundFactory", "FundLens", "FundListLens", "IERC20Metadata", "LocalAggregator", "Multicall3"].map(
    (c) => `/src/chain/deployments/abis/items/${c}.ts`,
  ),
  "/src/components/AppLink.tsx",
  "/src/components/ErrorState.tsx",
  "/src/components/chart/ChartSlot.tsx",
  "/src/domain/feeds/",
  ...["convert", "managerFunds", "navSeries", "windows"].map((m) => `/src/domain/history/${m}.ts`),
  ...["fees", "flows", "gav", "impermanentLoss", "inKind", "intrinsic", "math", "returns", "snapshot", "units"].map(
    (m) => `/src/domain/valuation/${m}.ts`,
  ),
  ...["format", "limiter", "percent"].map((m) => `/src/lib/${m}.ts`),
];

/**
 * What a fund page loads at start besides its route's own chunk and the readers, shared with code
 * loaded later (its tabs, the invest panel, other pages): one chunk instead of about fifteen small
 * ones, each gzipped on its own. A page loaded later that needs one of them takes them all.
 */
const FUND_START = [
  ...["readFundRaw", "useFundState", "blockTimes", "settledFacts"].map((m) => `/src/chain/${m}.ts`),
  ...["Fund", "StrategyRegistry"].map((c) => `/src/chain/deployments/abis/items/${c}.ts`),
  ...["ShareButton.tsx", "shareButtonClass.ts"].map((m) => `/src/components/share/${m}`),
  "/src/components/stalePrices.ts",
  "/src/components/chart/layout.ts",
  "/src/components/useScrollCue.ts",
  "/src/domain/strategy/statement.ts",
  "/src/domain/valuation/impairment.ts",
  "/src/domain/valuation/market.ts",
  "/src/domain/contributions/balances.ts",
  "/src/domain/governance/votesToken.ts",
  ...["dates", "governancePaths"].map((m) => `/src/lib/${m}.ts`),
  "/viem/_esm/constants/address.js",
];

export default defineConfig({
  plugins: [react(), tailwindcss(), viemWithoutDeploylessBytecode()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  build: {
    // Every browser the app supports preloads modules itself (Chromium, Firefox 115, Safari 17):
    // the polyfill would be one more script on every page's first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // `$initial`: only what the first paint needs, so lazily loaded code (the wallet UI and
        // its connectors) is not pulled into these start-up chunks.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, tags: ["$initial"] },
            {
              name: "web3",
              test: /node_modules[\\/](wagmi|@wagmi|viem|ox|abitype|@noble|@scure|@tanstack)[\\/]/,
              tags: ["$initial"],
            },
            // The app's own start-up modules in one chunk: what the lazily loaded parts share
            // with them would otherwise split off into small chunks, each gzipped on its own.
            { name: "app", test: /[\\/]src[\\/]/, tags: ["$initial"] },
            // What Discover and a fund page both load at start besides the shell (measured with
            // scripts/startupJs.mjs): one chunk instead of about a dozen small ones, each gzipped on
            // its own (≈ 3 KiB less). A module missing here only costs bytes, never correctness.
            {
              name: "readers",
              test: (id: string) => STARTUP_READERS.some((m) => id.replaceAll("\\", "/").includes(m)),
            },
            {
              name: "fund-start",
              test: (id: string) => FUND_START.some((m) => id.replaceAll("\\", "/").includes(m)),
            },
          ],
        },
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], setupFiles: ["src/test/fastCheck.ts"] },
});
