// The fee splitter's manager-token side at the page's block: how holders are paid (claims, or
// buybacks in a named pool), the fee shares waiting for buybacks against the token's supply, the
// pool's price, and the past buybacks (`ManagerTokensBoughtBack`), each with its bound rebuilt from
// the splitter's state at the end of its block.
import { useQuery } from "@tanstack/react-query";
import { erc20Abi, getAbiItem, zeroAddress, type AbiEvent, type Address } from "viem";
import { ammPairAbi } from "../../../chain/deployments/abis/AmmPair.ts";
import { feeSplitterAbi } from "../../../chain/deployments/abis/FeeSplitter.ts";
import { deploymentOf, queryKeys, useAppChainId } from "../../../chain/index.ts";
import { readLogs } from "../../../chain/logs.ts";
import { batchClientOf } from "../../../chain/batchClient.ts";
import { historyStore } from "../../../chain/logCache/store.ts";
import { blockTimes } from "../../../chain/blockTimes.ts";
import {
  managerBuybacks,
  poolPricePerToken,
  type ManagerBoughtBackArgs,
  type SplitterState,
} from "../../../domain/exits/index.ts";

export interface ManagerSide {
  buybackMode: boolean;
  pair: Address;
  pending: bigint;
  supply: bigint;
  token: { symbol: string; decimals: number };
  /** The manager token's mid price in the buyback pair, in share units per whole token. */
  poolPrice?: bigint;
  buybacks: ReturnType<typeof managerBuybacks>;
}

export function useManagerBuybacks(
  set: { fund: Address; feeSplitter: Address; managerToken: Address },
  block: bigint | undefined,
) {
  const chainId = useAppChainId();
  const { feeSplitter: splitter, managerToken } = set;
  return useQuery({
    queryKey: queryKeys.managerBuybacks(chainId, set.fund, block),
    enabled: block !== undefined && splitter !== zeroAddress,
    placeholderData: (previous) => previous,
    queryFn: async (): Promise<ManagerSide> => {
      const client = batchClientOf(chainId);
      const at = { blockNumber: block! };
      const stateAt = (blockNumber: bigint) =>
        client.multicall({
          allowFailure: false,
          blockNumber,
          contracts: [
            { address: splitter, abi: feeSplitterAbi, functionName: "buybackShares" },
            { address: managerToken, abi: erc20Abi, functionName: "totalSupply" },
          ],
        });
      const [[buybackMode, pair, symbol, decimals], [pending, supply], logs] = await Promise.all([
        client.multicall({
          allowFailure: false,
          ...at,
          contracts: [
            { address: splitter, abi: feeSplitterAbi, functionName: "buybackMode" },
            { address: splitter, abi: feeSplitterAbi, functionName: "buybackPair" },
            { address: managerToken, abi: erc20Abi, functionName: "symbol" },
            { address: managerToken, abi: erc20Abi, functionName: "decimals" },
          ],
        }),
        stateAt(block!),
        readLogs<ManagerBoughtBackArgs>({
          client,
          chainId,
          event: getAbiItem({ abi: feeSplitterAbi, name: "ManagerTokensBoughtBack" }) as AbiEvent,
          scope: splitter,
          store: historyStore(),
          addresses: [splitter],
          fromBlock: BigInt(deploymentOf(chainId).deployedOnBlock),
          toBlock: block!,
        }),
      ]);
      const blocks = [...new Set(logs.map((l) => l.blockNumber))];
      const [pool, states, times] = await Promise.all([
        pair === zeroAddress
          ? undefined
          : client.multicall({
              allowFailure: false,
              ...at,
              contracts: [
                { address: pair, abi: ammPairAbi, functionName: "token0" },
                { address: pair, abi: ammPairAbi, functionName: "getReserves" },
              ],
            }),
        Promise.all(blocks.map(stateAt)),
        blockTimes(chainId, blocks, block!),
      ]);
      const after = new Map<bigint, SplitterState>(
        blocks.map((b, i) => [b, { pending: states[i][0], supply: states[i][1] }]),
      );
      return {
        buybackMode,
        pair,
        pending,
        supply,
        token: { symbol, decimals },
        poolPrice: pool
          ? poolPricePerToken({ token0: pool[0], reserve0: pool[1][0], reserve1: pool[1][1] }, managerToken, decimals)
          : undefined,
        buybacks: managerBuybacks(logs, times, after, decimals),
      };
    },
  });
}
