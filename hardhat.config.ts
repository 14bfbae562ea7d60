import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);

// solc comes from the npm `solc` package (WASM) so that builds never download a compiler.
const solc = {
  version: "0.8.28",
  path: require.resolve("solc/soljson.js"),
  settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "cancun" },
};

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    profiles: { default: solc, production: solc },
    npmFilesToBuild: ["@openzeppelin/contracts/governance/TimelockController.sol"],
  },
  paths: {
    sources: "contracts/src",
    tests: { solidity: "contracts/test", nodejs: "contracts/test" },
    cache: "contracts/cache",
    artifacts: "contracts/artifacts",
  },
  test: { solidity: { fuzz: { runs: 256 } } },
  networks: {
    hardhat: { type: "edr-simulated", chainType: "l1" },
    localhost: { type: "http", chainType: "l1", url: "http://127.0.0.1:8545" },
  },
});
