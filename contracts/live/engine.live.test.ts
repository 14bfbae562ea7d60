// The client valuation engine against every fund of the running seeded world (`npm run dev`):
// raw reads at the latest block, run through the engine, equal the contracts' views to the wei;
// and again after the chain's clock moves on (fees accrue, prices go stale), in a snapshot that
// is reverted afterwards so the world stays as it was for the suites after this one.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPublicClient, http, type Abi, type Address } from "viem";
import { deployment } from "../../src/chain/deployments/31337.ts";
import { abis as a } from "../../src/chain/deployments/abis.ts";
import { assertEngineMatches, type CheckAbis } from "../testing/engineCheck.ts";
import type { RawClient } from "../testing/readRaw.ts";

const client = createPublicClient({ transport: http(process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545") });
const rpc = (method: string, params: unknown[] = []) => client.request({ method, params } as never) as Promise<unknown>;
/** Clock advances between checks: an hour, past a daily heartbeat, past a quarter, past a year. */
const ADVANCES = [
  ["an hour", 3_600],
  ["two days", 2 * 86_400],
  ["100 days", 100 * 86_400],
  ["400 days", 400 * 86_400],
] as const;
const { contracts } = deployment;
const abis: CheckAbis = {
  Fund: a.Fund as Abi,
  ERC20: a.MockERC20 as Abi,
  Aggregator: a.FeedProxy as Abi,
  AmmPair: a.AmmPair as Abi,
  VamDeal: a.VamDeal as Abi,
  FeeSplitter: a.FeeSplitter as Abi,
  FundLens: a.FundLens as Abi,
};
type FundSet = { fund: Address; feeSplitter: Address; managerToken: Address };

describe("the client valuation engine on the seeded world", () => {
  let funds: FundSet[] = [];
  let blockNumber = 0n;

  before(async () => {
    blockNumber = await client.getBlockNumber();
    funds = (await client.readContract({
      address: contracts.FundFactory.address,
      abi: a.FundFactory as Abi,
      functionName: "allFunds",
      blockNumber,
    })) as FundSet[];
  });

  it(
    "equals every fund's holdings, GAV, look-through weights, preview accrual, intrinsic values, ERC-4626 " +
      "views and in-kind previews",
    async (t) => {
      assert.ok(funds.length > 0, "no funds");
      const kinds = new Set<number>();
      let withFees = 0;
      for (const f of funds) {
        await t.test(f.fund, async () => {
          const s = await assertEngineMatches(client as unknown as RawClient, abis, {
            fund: f.fund,
            lens: contracts.FundLens.address,
            blockNumber,
            accounts: [f.feeSplitter, f.fund],
            label: f.fund,
          });
          for (const h of s.holdings) if (h.value > 0n) kinds.add(h.kind);
          if (s.terms.entryBps > 0n && s.terms.exitBps > 0n) withFees++;
        });
      }
      assert.deepEqual(
        [...kinds].sort(),
        [0, 1, 2, 3, 4],
        "the world holds assets, LP, primary tokens, escrow and yield positions",
      );
      assert.ok(withFees >= 2, `${withFees} seeded funds charge entry and exit fees: at least two should`);
    },
  );

  describe("as the chain's clock moves on", () => {
    let snapshot: unknown;
    let staleSeen = 0;
    before(async () => {
      snapshot = await rpc("evm_snapshot");
    });
    after(async () => {
      assert.equal(await rpc("evm_revert", [snapshot]), true);
    });

    for (const [words, seconds] of ADVANCES) {
      it(`equals them again ${words} later`, async () => {
        const start = await client.getBlock();
        await rpc("evm_increaseTime", [seconds]);
        await rpc("evm_mine");
        const at = await client.getBlock();
        assert.ok(at.timestamp >= start.timestamp + BigInt(seconds), "the clock moved");
        for (const f of funds) {
          const s = await assertEngineMatches(client as unknown as RawClient, abis, {
            fund: f.fund,
            lens: contracts.FundLens.address,
            blockNumber: at.number,
            accounts: [f.feeSplitter, f.fund],
            label: `${f.fund} +${seconds} s`,
          });
          if (!s.fresh) staleSeen++;
        }
        // Days without the keeper's rounds leave prices stale: the engine must have said so as the fund does.
        if (seconds === ADVANCES.at(-1)![1]) assert.ok(staleSeen > 0, "no check saw stale prices");
      });
    }
  });
});
