// The ABIs and chain this feature reads, in one place.
import { erc20Abi } from "viem";
import { abiOf, deploymentOf, evergreenLocal, fundAbi } from "../../../chain/index.ts";
import type { GovAbis } from "../../../domain/governance/index.ts";

export const chainId = evergreenLocal.id;
export const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);

export const governorAbi = abiOf(chainId, "FundGovernor");
export const timelockAbi = abiOf(chainId, "TimelockController");
export const rewardsAbi = abiOf(chainId, "ContributionRewards");
export const tokenAbi = abiOf(chainId, "ManagerToken");
export const dealAbi = abiOf(chainId, "VamDeal");
export const oracleAbi = abiOf(chainId, "TvlOracle");
export const pairAbi = abiOf(chainId, "AmmPair");
export const splitterAbi = abiOf(chainId, "FeeSplitter");
export { erc20Abi, fundAbi };

export const govAbis: GovAbis = {
  fund: fundAbi,
  rewards: rewardsAbi,
  governor: governorAbi,
  timelock: timelockAbi,
  splitter: splitterAbi,
};

/** The log cache, where the browser allows one. */
export { browserStorage as logStorage } from "../../../lib/browserStorage.ts";
