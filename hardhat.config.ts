import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);

// The local world's chain starts a year back, so that the seed can write a year of history
// that ends today; scripts/dev.mjs sets EVERGREEN_GENESIS (unix seconds) for the node.
const genesis = process.env.EVERGREEN_GENESIS;

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
    // TimelockController is deployed by the factory; IERC20Metadata is the ABI recorded for a
    // network's own tokens by deploy:remote.
    npmFilesToBuild: [
      "@openzeppelin/contracts/governance/TimelockController.sol",
      "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol",
    ],
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
    localWorld: {
      type: "edr-simulated",
      chainType: "l1",
      chainId: 31337,
      initialDate: genesis ? new Date(Number(genesis) * 1000) : undefined,
    },
    // The second local chain: fewer funds, its year spread over mainnet's block count.
    localWorld2: {
      type: "edr-simulated",
      chainType: "l1",
      chainId: 31338,
      initialDate: genesis ? new Date(Number(genesis) * 1000) : undefined,
    },
    // A node that answers as Sepolia does (chain id 11155111), to rehearse deploy:remote locally.
    rehearsal: { type: "edr-simulated", chainType: "l1", chainId: 11155111 },
    localhost: { type: "http", chainType: "l1", url: process.env.EVERGREEN_LOCAL_RPC ?? "http://127.0.0.1:8545" },
    localhost2: { type: "http", chainType: "l1", url: process.env.EVERGREEN_LOCAL_RPC_2 ?? "http://127.0.0.1:8555" },
    // Any other EVM chain: `EVERGREEN_RPC_URL=… EVERGREEN_DEPLOYER_KEY=… npm run deploy:remote`.
    // Both are read from the environment when used; nothing secret lives in the repository.
    remote: {
      type: "http",
      chainType: "l1",
      url: configVariable("EVERGREEN_RPC_URL"),
      accounts: [configVariable("EVERGREEN_DEPLOYER_KEY")],
    },
  },
});
