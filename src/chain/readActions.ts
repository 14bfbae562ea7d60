// The readers' `readContract` and `multicall`: viem's, for the app's plain clients, with the same
// encoding, decoding, errors and batching (reads of one tick at one block fold into one
// Multicall3 `aggregate3` call; a multicall's calls join that batch one by one), built on viem's
// ABI coding and `client.request`. viem's own go through its `call` action, whose transaction
// formatting, state and block overrides, deployless and offchain (CCIP) paths and their errors no
// read uses, and which would load with every page (≈ 4 KiB gzip); the wallet's transactions keep
// viem's actions, loaded with them.
import {
  AbiDecodingZeroDataError,
  type Abi,
  type Address,
  BaseError,
  type Chain,
  type Client,
  decodeFunctionResult,
  encodeFunctionData,
  getContractError,
  type Hex,
  numberToHex,
  RawContractError,
  stringify,
  type Transport,
} from "viem";
import { aggregate3 } from "./deployments/abis/items/Multicall3.ts";

const multicall3Abi = [aggregate3] as const;
type Call3 = { allowFailure: boolean; callData: Hex; target: Address };
type Result3 = { success: boolean; returnData: Hex };
type AnyClient = Client<Transport, Chain | undefined>;

export interface ReadParameters {
  abi: Abi;
  address: Address;
  functionName: string;
  args?: readonly unknown[];
  blockNumber?: bigint;
  blockTag?: string;
}

export interface MulticallParameters {
  contracts: readonly Omit<ReadParameters, "blockNumber" | "blockTag">[];
  allowFailure?: boolean;
  batchSize?: number;
  blockNumber?: bigint;
  blockTag?: string;
}

type Pending = { args: unknown; resolve: (value: unknown) => void; reject: (e: unknown) => void };
const batches = new Map<string, { items: Pending[]; timer: ReturnType<typeof setTimeout> }>();

/**
 * `args` joins the batch `id` (opened now if none is), which `fn` runs after `wait` ms, or at once
 * when `split` says the batch with `args` would be too large (then `args` opens the next one), as
 * viem's batch scheduler does. Each caller gets its own element of `fn`'s answer.
 */
function schedule<A, R>(
  id: string,
  args: A,
  fn: (args: A[]) => Promise<readonly R[]>,
  { wait = 0, split }: { wait?: number; split?: (args: A[]) => boolean } = {},
): Promise<R> {
  const run = () => {
    const batch = batches.get(id);
    if (!batch) return;
    clearTimeout(batch.timer);
    batches.delete(id);
    new Promise<readonly R[]>((resolve) => resolve(fn(batch.items.map((i) => i.args as A)))).then(
      (data) => {
        batch.items.forEach((item, i) => {
          item.resolve(data[i]);
        });
      },
      (e: unknown) => {
        for (const item of batch.items) item.reject(e);
      },
    );
  };
  return new Promise<R>((resolve, reject) => {
    const open = batches.get(id);
    if (open && split?.([...open.items.map((i) => i.args as A), args])) run();
    const item = { args, resolve: resolve as (value: unknown) => void, reject };
    const batch = batches.get(id);
    if (batch) batch.items.push(item);
    else batches.set(id, { items: [item], timer: setTimeout(run, wait) });
  });
}

const batchOptions = (client: AnyClient) =>
  (typeof client.batch?.multicall === "object" ? client.batch.multicall : {}) as { batchSize?: number; wait?: number };

function multicallAddressOf(client: AnyClient): Address {
  const address = client.chain?.contracts?.multicall3?.address;
  if (!address) throw new BaseError(`Chain ${client.chain?.id} names no Multicall3 (every read goes through one).`);
  return address;
}

const blockOf = (p: { blockNumber?: bigint; blockTag?: string }) =>
  typeof p.blockNumber === "bigint" ? numberToHex(p.blockNumber) : (p.blockTag ?? "latest");

const ethCall = (client: AnyClient, to: Address, data: Hex, block: string) =>
  client.request({ method: "eth_call", params: [{ to, data }, block] } as never) as Promise<Hex | null>;

/** One call's answer, through the client's batch of the tick at its block when it batches. */
async function call(client: AnyClient, to: Address, data: Hex, block: string): Promise<Hex | undefined> {
  if (!client.batch?.multicall) return (await ethCall(client, to, data, block)) || undefined;
  const { batchSize = 1024, wait = 0 } = batchOptions(client);
  const multicallAddress = multicallAddressOf(client);
  const { success, returnData } = await schedule<{ to: Address; data: Hex }, Result3>(
    `${client.uid}.${block}.default`,
    { to, data },
    async (requests) => {
      const calls = requests.map((r) => ({ allowFailure: true, callData: r.data, target: r.to }));
      const answer = await ethCall(
        client,
        multicallAddress,
        encodeFunctionData({ abi: multicall3Abi, functionName: "aggregate3", args: [calls] }),
        block,
      );
      const results = decodeFunctionResult({
        abi: multicall3Abi,
        functionName: "aggregate3",
        args: [calls],
        data: answer || "0x",
      });
      if (results.length !== requests.length)
        throw new BaseError(`Multicall returned ${results.length} results for ${requests.length} calls.`);
      return results;
    },
    { wait, split: (args) => args.reduce((size, a) => size + (a.data.length - 2), 0) > batchSize * 2 },
  );
  if (!success) throw new RawContractError({ data: returnData });
  return returnData === "0x" ? undefined : returnData;
}

/** viem's `readContract`: one function's answer, decoded, or its error as viem describes it. */
export async function readContract(client: AnyClient, p: ReadParameters, direct = false): Promise<unknown> {
  const { abi, address, args, functionName } = p;
  const data = encodeFunctionData({ abi, args, functionName } as never);
  const block = blockOf(p);
  try {
    const answer = direct
      ? (await ethCall(client, address, data, block)) || undefined
      : await call(client, address, data, block);
    return decodeFunctionResult({ abi, args, functionName, data: answer || "0x" } as never);
  } catch (error) {
    throw getContractError(error as BaseError, {
      abi,
      address,
      args,
      docsPath: "/docs/contract/readContract",
      functionName,
    });
  }
}

/** An `aggregate3` of `calls` at the reads' block, in a call of its own. */
const aggregate = (client: AnyClient, multicallAddress: Address, calls: Call3[], p: MulticallParameters) =>
  readContract(
    client,
    {
      address: multicallAddress,
      abi: multicallAbiAsAbi,
      functionName: "aggregate3",
      args: [calls],
      blockNumber: p.blockNumber,
      blockTag: p.blockTag,
    },
    true,
  ) as Promise<readonly Result3[]>;
const multicallAbiAsAbi = multicall3Abi as unknown as Abi;

/**
 * viem's `multicall`: each contract's answer (`{ status, result }` or `{ status, error }` with
 * `allowFailure`, the default), in chunks of `batchSize` bytes of calldata; on a batching client
 * each call joins the tick's batch at its block, with the other multicalls' of the same chunking.
 */
export async function multicall(client: AnyClient, p: MulticallParameters): Promise<unknown[]> {
  const { contracts, allowFailure = true, blockNumber, blockTag } = p;
  const batchSize = p.batchSize ?? batchOptions(client).batchSize ?? 1024;
  const multicallAddress = multicallAddressOf(client);
  const chunks: Call3[][] = [[]];
  let size = 0;
  for (const { abi, address, args, functionName } of contracts) {
    try {
      const callData = encodeFunctionData({ abi, args, functionName } as never);
      size += (callData.length - 2) / 2;
      if (batchSize > 0 && size > batchSize && chunks.at(-1)!.length > 0) {
        chunks.push([]);
        size = (callData.length - 2) / 2;
      }
      chunks.at(-1)!.push({ allowFailure: true, callData, target: address });
    } catch (err) {
      const error = getContractError(err as BaseError, {
        abi,
        address,
        args,
        docsPath: "/docs/contract/multicall",
        functionName,
      });
      if (!allowFailure) throw error;
      chunks.at(-1)!.push({ allowFailure: true, callData: "0x", target: address });
    }
  }
  const batching = Boolean(client.batch?.multicall);
  const groups = batching ? chunks.flatMap((calls) => calls.map((c) => [c])) : chunks;
  const { wait = 0 } = batchOptions(client);
  const answers = await Promise.allSettled(
    groups.map((calls) =>
      batching
        ? schedule<Call3, Result3>(
            stringify(["multicall", client.uid, batchSize, multicallAddress, { blockNumber, blockTag }]),
            calls[0],
            (all) => aggregate(client, multicallAddress, all, p),
            {
              wait,
              split: (all) => batchSize !== 0 && all.reduce((s, c) => s + (c.callData.length - 2) / 2, 0) > batchSize,
            },
          ).then((r) => [r])
        : aggregate(client, multicallAddress, calls, p),
    ),
  );
  const results: unknown[] = [];
  answers.forEach((answer, i) => {
    if (answer.status === "rejected") {
      if (!allowFailure) throw answer.reason;
      for (const _ of groups[i]) results.push({ status: "failure", error: answer.reason, result: undefined });
      return;
    }
    answer.value.forEach(({ returnData, success }, j) => {
      const { callData } = groups[i][j];
      const { abi, address, functionName, args } = contracts[results.length];
      try {
        if (callData === "0x") throw new AbiDecodingZeroDataError();
        if (!success) throw new RawContractError({ data: returnData });
        const result = decodeFunctionResult({ abi, args, functionName, data: returnData } as never);
        results.push(allowFailure ? { result, status: "success" } : result);
      } catch (err) {
        const error = getContractError(err as BaseError, {
          abi,
          address,
          args,
          docsPath: "/docs/contract/multicall",
          functionName,
        });
        if (!allowFailure) throw error;
        results.push({ error, result: undefined, status: "failure" });
      }
    });
  });
  if (results.length !== contracts.length) throw new BaseError("multicall results mismatch");
  return results;
}
