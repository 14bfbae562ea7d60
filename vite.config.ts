import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { viemWithoutDeploylessBytecode } from "./scripts/viemDeployless.ts";

export default defineConfig({
  plugins: [react(), tailwindcss(), viemWithoutDeploylessBytecode()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  build: {
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
          ],
        },
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], setupFiles: ["src/test/fastCheck.ts"] },
});
