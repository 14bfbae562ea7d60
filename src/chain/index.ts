export { config } from "./config.ts";
export { evergreenLocal, rpcUrl } from "./chains.ts";
export { abiOf, contractOf, deploymentOf, type SupportedChainId } from "./contracts.ts";
export { erc20Abi, fundAbi } from "./abis.ts";
