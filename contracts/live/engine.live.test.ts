// The client valuation engine against every fund of the running seeded world (`npm run dev`):
// raw reads at the latest block, run through the engine, equal the contracts' views to the wei.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPublicClient, http, type Abi, type Address } from "viem";
import { deployment } from "../../src/chain/deployments/31337.ts";
import { assertEngineMatches, type CheckAbis } from "../testing/engineCheck.ts";
import type { RawClient } from "../testing/readRaw.ts";

const client = createPublicClient({ transport: http(process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545") });
const { abis: a, contracts } = deployment;
const abis: CheckAbis = {
  Fund: a.Fund as Abi, ERC20: a.MockERC20 as Abi, Aggregator: a.MockAggregator as Abi, AmmPair: a.AmmPair as Abi,
  VamDeal: a.VamDeal as Abi, FeeSplitter: a.FeeSplitter as Abi, FundLens: a.FundLens as Abi,
};
type FundSet = { fund: Address; feeSplitter: Address; managerToken: Address };

describe("the client valuation engine on the seeded world", () => {
  let funds: FundSet[] = [];
  let blockNumber = 0n;

  before(async () => {
    blockNumber = await client.getBlockNumber();
    funds = (await client.readContract({
      address: contracts.FundFactory.address, abi: a.FundFactory as Abi, functionName: "allFunds", blockNumber,
    })) as FundSet[];
  });

  it("equals every fund's holdings, GAV, preview accrual, intrinsic values and ERC-4626 views", async (t) => {
    assert.ok(funds.length > 0, "no funds");
    const kinds = new Set<number>();
    for (const f of funds) {
      await t.test(f.fund, async () => {
        const s = await assertEngineMatches(client as unknown as RawClient, abis, {
          fund: f.fund, lens: contracts.FundLens.address, blockNumber, accounts: [f.feeSplitter, f.fund], label: f.fund,
        });
        for (const h of s.holdings) if (h.value > 0n) kinds.add(h.kind);
      });
    }
    assert.deepEqual([...kinds].sort(), [0, 1, 2, 3], "the world holds assets, LP, primary tokens and escrow");
  });
});
