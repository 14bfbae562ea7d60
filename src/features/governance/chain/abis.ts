// The ABIs this feature reads, in one place.
import { erc20Abi } from "viem";
import { abiOf, deploymentOf, fundAbi, type SupportedChainId } from "../../../chain/index.ts";
import type { GovAbis } from "../../../domain/governance/index.ts";

/** Where logs of `chainId` start: its deployment's block. */
export const fromBlockOf = (chainId: SupportedChainId) => BigInt(deploymentOf(chainId).deployedOnBlock);

export const governorAbi = abiOf("FundGovernor");
export const timelockAbi = abiOf("TimelockController");
export const rewardsAbi = abiOf("ContributionRewards");
export const tokenAbi = abiOf("ManagerToken");
export const dealAbi = abiOf("VamDeal");
export const oracleAbi = abiOf("TvlOracle");
export const pairAbi = abiOf("AmmPair");
export const splitterAbi = abiOf("FeeSplitter");
export { erc20Abi, fundAbi };

export const govAbis: GovAbis = {
  fund: fundAbi,
  rewards: rewardsAbi,
  governor: governorAbi,
  timelock: timelockAbi,
  splitter: splitterAbi,
};

/** The log cache, where the browser allows one. */
export { historyStore as logStorage } from "../../../chain/logCache/store.ts";
