import {
  type BaseError,
  ContractFunctionRevertedError,
  createClient,
  custom,
  decodeFunctionData,
  defineChain,
  encodeErrorResult,
  encodeFunctionResult,
  type Hex,
  parseAbi,
  zeroAddress,
} from "viem";
import * as viemActions from "viem/actions";
import { describe, expect, it } from "vitest";
import { aggregate3 } from "./deployments/abis/items/Multicall3.ts";
import { multicall, readContract } from "./readActions.ts";

const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
const TARGET = "0x00000000000000000000000000000000000000aa";
const abi = parseAbi([
  "function double(uint256 x) view returns (uint256)",
  "function fail() view returns (uint256)",
  "error UnknownFund(address fund)",
]);
const chain = defineChain({
  id: 1337,
  name: "test",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: ["http://127.0.0.1:1"] } },
  contracts: { multicall3: { address: MULTICALL3 } },
});

/** The test contract's answer to `data`: twice its argument, or a revert naming UnknownFund. */
function answer(data: Hex): { success: boolean; returnData: Hex } {
  const call = decodeFunctionData({ abi, data });
  if (call.functionName === "fail")
    return { success: false, returnData: encodeErrorResult({ abi, errorName: "UnknownFund", args: [zeroAddress] }) };
  return {
    success: true,
    returnData: encodeFunctionResult({ abi, functionName: "double", result: call.args[0] * 2n }),
  };
}

/** A client of a node that answers eth_call for the test contract and Multicall3's aggregate3, noting each request. */
function node(batch: boolean) {
  const requests: unknown[] = [];
  const client = createClient({
    chain,
    batch: batch ? { multicall: true } : undefined,
    transport: custom(
      {
        async request({ method, params }) {
          requests.push({ method, params });
          const [{ to, data }] = params as [{ to: string; data: Hex }];
          if (to.toLowerCase() !== MULTICALL3.toLowerCase()) {
            const a = answer(data);
            if (!a.success) throw Object.assign(new Error("execution reverted"), { code: 3, data: a.returnData });
            return a.returnData;
          }
          const { args } = decodeFunctionData({ abi: [aggregate3], data });
          return encodeFunctionResult({
            abi: [aggregate3],
            functionName: "aggregate3",
            result: args[0].map((c) => answer(c.callData)),
          });
        },
      },
      { retryCount: 0 },
    ),
  });
  return { client, requests };
}

type Outcome = { value?: unknown; error?: { name: string; shortMessage: string; errorName?: string } };
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    (value) => ({ value: JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v))) }),
    (e: BaseError) => {
      const revert = e.walk((x) => x instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
      return { error: { name: e.name, shortMessage: e.shortMessage, errorName: revert?.data?.errorName } };
    },
  );

type Read = (p: object) => Promise<unknown>;

/** The same reads through viem's actions and through readActions.ts, each on a node of its own. */
async function both(batch: boolean, reads: (a: { readContract: Read; multicall: Read }) => Promise<unknown>[]) {
  const [ours, theirs] = [node(batch), node(batch)];
  const mine = await Promise.all(
    reads({
      readContract: (p) => readContract(ours.client, p as never),
      multicall: (p) => multicall(ours.client, p as never),
    }).map(outcome),
  );
  const viem = await Promise.all(
    reads({
      readContract: (p) => viemActions.readContract(theirs.client, p as never),
      multicall: (p) => viemActions.multicall(theirs.client, p as never),
    }).map(outcome),
  );
  return { mine, viem, requests: { mine: ours.requests, viem: theirs.requests } };
}

const double = (x: bigint) => ({ address: TARGET, abi, functionName: "double", args: [x] }) as const;
const fail = { address: TARGET, abi, functionName: "fail" } as const;

describe("readContract and multicall", () => {
  it("fold a tick's reads at one block into one Multicall3 call, as viem's do, with the same answers", async () => {
    const { mine, viem, requests } = await both(true, (a) => [
      a.readContract({ ...double(1n), blockNumber: 7n }),
      a.readContract({ ...double(2n), blockNumber: 7n }),
      a.multicall({ contracts: [double(3n), fail], batchSize: 0, blockNumber: 7n }),
      a.readContract({ ...double(4n) }),
    ]);
    expect(mine).toEqual(viem);
    expect(requests.mine).toEqual(requests.viem);
    expect(mine[0].value).toBe("2n");
    expect((mine[2].value as { status: string }[]).map((r) => r.status)).toEqual(["success", "failure"]);
  });

  it("decode a revert into the contract's error, batched or not", async () => {
    for (const batch of [true, false]) {
      const { mine, viem } = await both(batch, (a) => [
        a.readContract(fail),
        a.multicall({ contracts: [double(1n), fail], allowFailure: false }),
      ]);
      expect(mine).toEqual(viem);
      expect(mine[0].error?.errorName).toBe("UnknownFund");
      expect(mine[1].error?.errorName).toBe("UnknownFund");
    }
  });

  it("split a multicall in chunks of batchSize bytes of calldata on a client that does not batch, as viem's does", async () => {
    const contracts = Array.from({ length: 40 }, (_, i) => double(BigInt(i)));
    const { mine, viem, requests } = await both(false, (a) => [
      a.multicall({ contracts }),
      a.multicall({ contracts, batchSize: 200 }),
    ]);
    expect(mine).toEqual(viem);
    expect(requests.mine).toEqual(requests.viem);
    expect(requests.mine.length).toBeGreaterThan(2);
  });
});
