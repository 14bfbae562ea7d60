// The ABIs this feature reads, in one place.
import { erc20Abi } from "viem";
import { deploymentOf, fundAbi, type SupportedChainId } from "../../../chain/index.ts";
import type { GovAbis } from "../../../domain/governance/index.ts";
import { ammPairAbi } from "../../../chain/deployments/abis/AmmPair.ts";
import { contributionRewardsAbi } from "../../../chain/deployments/abis/ContributionRewards.ts";
import { feeSplitterAbi } from "../../../chain/deployments/abis/FeeSplitter.ts";
import { fundGovernorAbi } from "../../../chain/deployments/abis/FundGovernor.ts";
import { managerTokenAbi } from "../../../chain/deployments/abis/ManagerToken.ts";
import { iVotesTokenAbi } from "../../../chain/deployments/abis/IVotesToken.ts";
import { timelockControllerAbi } from "../../../chain/deployments/abis/TimelockController.ts";
import { tvlOracleAbi } from "../../../chain/deployments/abis/TvlOracle.ts";
import { vamDealAbi } from "../../../chain/deployments/abis/VamDeal.ts";
import { strategyRegistryAbi } from "../../../chain/deployments/abis/StrategyRegistry.ts";
import { fundCommitteeAbi } from "../../../chain/deployments/abis/FundCommittee.ts";

/** Where logs of `chainId` start: its deployment's block. */
export const fromBlockOf = (chainId: SupportedChainId) => BigInt(deploymentOf(chainId).deployedOnBlock);

export const governorAbi = fundGovernorAbi;
export const timelockAbi = timelockControllerAbi;
export const rewardsAbi = contributionRewardsAbi;
export const tokenAbi = managerTokenAbi;
/** The token a fund's governor counts, whichever it is: the manager token or the share ledger. */
export const votesAbi = iVotesTokenAbi;
export const dealAbi = vamDealAbi;
export const oracleAbi = tvlOracleAbi;
export const pairAbi = ammPairAbi;
export const splitterAbi = feeSplitterAbi;
export const strategyAbi = strategyRegistryAbi;
export { erc20Abi, fundAbi };

export const govAbis: GovAbis = {
  fund: fundAbi,
  rewards: rewardsAbi,
  governor: governorAbi,
  timelock: timelockAbi,
  splitter: splitterAbi,
  strategy: strategyAbi,
  committee: fundCommitteeAbi,
};

/** The log cache, where the browser allows one. */
export { historyStore as logStorage } from "../../../chain/logCache/store.ts";
