export { useAccount, useWalletConfig, type WalletAccount } from "./account.ts";
export { loadWallet } from "./walletLayer.ts";
export { appChainById, appChains, defaultChain, deployedChains, rpcUrlOf, type AppChain } from "./chains.ts";
export { CHAIN_PARAM, useAppChain, useAppChainId } from "./useAppChain.ts";
export { chainLabel, chainName } from "./chainName.ts";
export { READ_REFRESH_MS } from "./queryClient.ts";
export {
  addressOf,
  contractAt,
  deploymentOf,
  isSupportedChainId,
  supportedChainIds,
  type SupportedChainId,
} from "./addresses.ts";
export { erc20Abi, fundAbi, permitAbi } from "./abis.ts";
export { readErrorMessage } from "./readError.ts";
export { queryKeys } from "./queryKeys.ts";
