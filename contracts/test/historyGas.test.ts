// Gas and size of Discover's read (issue 17): 50 funds with a year of daily checkpoints each, read
// in one eth_call of FundListLens.page under Osaka's 16.7M cap, and what it returns. The year of checkpoints is written into storage
// directly (a cold storage read costs the same however the word got there); each fund's first
// checkpoint is a real deposit's, which locates the storage slots.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  parseUnits,
  toHex,
  type Address,
} from "viem";
import { decodeRecords } from "../../src/chain/fundRecords.ts";
import { WINDOWS } from "../../src/domain/history/windows.ts";
import { DAY, today } from "../testing/checkpoints.js";
import { deployWorld, type World } from "../testing/world.js";

const FUNDS = 50;
const DAYS = 365n;
// The cap of EIP-7825 (Osaka), which Hardhat's chain applies to eth_call as well: the measurement
// runs on a Prague chain, where the gas meter may take more around the call it measures.
const OSAKA_CAP = 16_777_216n;

/** The slots of `_checkpoints` (a mapping) and of the word with `_checkpointCount`, found on a fund with one. */
async function findSlots(w: World, fund: Address) {
  const [word] = await w.viem.getContractAt("Fund", fund).then((f) => f.read.checkpoints([0n, 1n, 1n]));
  const at = (slot: bigint | `0x${string}`) =>
    w.publicClient.getStorageAt({ address: fund, slot: typeof slot === "bigint" ? toHex(slot, { size: 32 }) : slot });
  let mapping: bigint | undefined;
  let countSlot: bigint | undefined;
  for (let p = 0n; p < 100n && (mapping === undefined || countSlot === undefined); p++) {
    const key = keccak256(encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [0n, p]));
    if (BigInt((await at(key))!) === word) mapping = p;
    const v = BigInt((await at(p))!);
    if ((v & ((1n << 160n) - 1n)) === BigInt(w.amm.address) && ((v >> 200n) & 0xffffffn) === 1n) countSlot = p;
  }
  assert.ok(mapping !== undefined && countSlot !== undefined, "checkpoint slots found");
  return { mapping, countSlot };
}

describe("gas of a history read", () => {
  it(`reads ${FUNDS} funds' records with a year of history: gas, bytes, funds in a 16.7M call`, async () => {
    const w = await deployWorld({ override: { hardfork: "prague" } });
    for (let i = 1; i < FUNDS; i++) {
      await w.factory.write.createFund([{ ...w.fundConfig, symbol: `eg${i}` }, w.governanceParams]);
    }
    const sets = await w.factory.read.allFunds();
    assert.equal(sets.length, FUNDS);
    const alice = w.alice.account;
    await w.usdc.write.mint([alice.address, parseUnits("100000", 6) * BigInt(FUNDS)]);
    for (const s of sets) {
      await w.usdc.write.approve([s.fund, parseUnits("100000", 6)], { account: alice });
      const f = await w.viem.getContractAt("Fund", s.fund);
      await f.write.deposit([parseUnits("100000", 6), alice.address], { account: alice });
    }
    const { mapping, countSlot } = await findSlots(w, sets[0].fund);

    // A year of checkpoints per fund, ending today: realistic magnitudes (a 1-unit share of USDC
    // growing, a TVL of about 100k), one word each.
    const last = await today(w);
    for (const s of sets) {
      const writes: Promise<void>[] = [];
      for (let i = 0n; i < DAYS; i++) {
        const time = (last - DAYS + 1n + i) * DAY + 3_600n;
        const nav = 1_000_000n + i * 137n;
        const tvl = 100_000_000_000n + i * 1_000_003n;
        const word = time | (nav << 40n) | (tvl << 136n);
        const key = keccak256(encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [i, mapping]));
        writes.push(w.networkHelpers.setStorageAt(s.fund, key, toHex(word, { size: 32 })));
      }
      await Promise.all(writes);
      const at = toHex(countSlot, { size: 32 });
      const slot = BigInt((await w.publicClient.getStorageAt({ address: s.fund, slot: at }))!);
      const packed = (slot & ((1n << 200n) - 1n)) | (DAYS << 200n) | (last << 224n);
      await w.networkHelpers.setStorageAt(s.fund, countSlot, toHex(packed, { size: 32 }));
    }
    const fund0 = await w.viem.getContractAt("Fund", sets[0].fund);
    assert.equal(await fund0.read.checkpointCount(), DAYS);

    const meter = await w.viem.deployContract("GasMeter");
    const lens = w.lens;
    const since = last - DAYS + 1n;
    const measure = async (data: `0x${string}`, target: Address = lens.address) => {
      const { data: ret } = await w.publicClient.call({
        to: meter.address,
        data: encodeFunctionData({ abi: meter.abi, functionName: "measure", args: [target, data] }),
        gas: 59_000_000n,
      });
      const [used, ok, size] = decodeFunctionResult({ abi: meter.abi, functionName: "measure", data: ret! });
      assert.equal(ok, true, `the lens call failed after ${used} gas`);
      return { used, size };
    };
    const summariesOnly = await measure(
      encodeFunctionData({ abi: lens.abi, functionName: "summaries", args: [w.factory.address, 0n, BigInt(FUNDS)] }),
    );
    console.log(
      `    summaries of ${FUNDS} funds alone: ${summariesOnly.used.toLocaleString("en-US")} gas, ` +
        `${summariesOnly.size.toLocaleString("en-US")} bytes`,
    );
    // What Discover reads: every fund's packed record with its return points and a 48-point trend.
    const list = await w.viem.deployContract("FundListLens", [lens.address]);
    const data = encodeFunctionData({
      abi: list.abi,
      functionName: "page",
      args: [w.factory.address, 0n, BigInt(FUNDS), since, Object.values(WINDOWS), 48n],
    });
    const { used, size } = await measure(data, list.address);
    const read = async (gas: bigint) => {
      const { data: ret } = await w.publicClient.call({ to: list.address, data, gas });
      const [n, packed] = decodeFunctionResult({ abi: list.abi, functionName: "page", data: ret! });
      return { n, records: decodeRecords(packed) };
    };
    const [all, osaka] = [await read(59_000_000n), await read(OSAKA_CAP)];
    // The JSON-RPC answer carries the return data as hex: two characters a byte.
    const hexKiB = (size * 2n) / 1024n;
    console.log(
      `    FundListLens.page of ${FUNDS} funds × ${DAYS} days, 48 trend points: ${used.toLocaleString("en-US")} gas ` +
        `(${(used / BigInt(FUNDS)).toLocaleString("en-US")} a fund), ${osaka.n} funds in a 16.7M call, ` +
        `${size.toLocaleString("en-US")} bytes returned (${hexKiB} KiB as hex)`,
    );
    assert.equal(all.n, BigInt(FUNDS));
    assert.ok(all.records.every((r) => r.history?.trend.length === 47 && r.history.returns.length === 4));
    assert.deepEqual(osaka.records, all.records.slice(0, Number(osaka.n)), "a capped page is the start of the whole");
    // A summary alone costs about 0.25M gas and the lens keeps 2.9M back for the next fund's bounds,
    // so 50 funds take three 16.7M calls: Discover sends the pages after the first in one batch.
    assert.ok(osaka.n >= 20n, "at least 20 funds with a year of history in one Osaka-capped call");
    assert.ok(hexKiB < 45n, "50 funds with a year of history: under 45 KiB as hex, Discover's budget is 60");
  });
});
