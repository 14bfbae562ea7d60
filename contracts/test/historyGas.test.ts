// Gas of Discover's history read (issue 17): 50 funds with a year of daily checkpoints each, read
// in one eth_call of FundLens.summariesWithHistory, for several strides. Prints the table the
// default stride and page are chosen from. The year of checkpoints is written into storage
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
import { DAY, today } from "../testing/checkpoints.js";
import { deployWorld, type World } from "../testing/world.js";

const FUNDS = 50;
const DAYS = 365n;
// The brief's budget for one call, and the cap of EIP-7825 (Osaka), which Hardhat's chain applies
// to eth_call as well: the measurement runs on a Prague chain, where a call may take 30M.
const CALL_GAS = 30_000_000n;
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
  it(`reads ${FUNDS} funds' summaries and a year of checkpoints in one 30M-gas eth_call at stride 7`, async () => {
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
    const measure = async (data: `0x${string}`) => {
      const { data: ret } = await w.publicClient.call({
        to: meter.address,
        data: encodeFunctionData({ abi: meter.abi, functionName: "measure", args: [lens.address, data] }),
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
    console.log("    | stride | checkpoints/fund | gas, 50 funds | funds in a 30M call | in a 16.7M call | bytes |");
    console.log("    |---:|---:|---:|---:|---:|---:|");
    const fitted = new Map<bigint, number>();
    const gas = new Map<bigint, bigint>();
    for (const stride of [1n, 2n, 3n, 7n]) {
      const data = encodeFunctionData({
        abi: lens.abi,
        functionName: "summariesWithHistory",
        args: [w.factory.address, 0n, BigInt(FUNDS), since, stride],
      });
      const { used, size } = await measure(data);
      // What one eth_call with a gas cap returns: the lens stops early rather than fail.
      const read = async (gas: bigint) => {
        const { data: ret } = await w.publicClient.call({ to: lens.address, data, gas });
        return decodeFunctionResult({ abi: lens.abi, functionName: "summariesWithHistory", data: ret! });
      };
      const [out, osaka] = [await read(CALL_GAS), await read(OSAKA_CAP)];
      fitted.set(stride, out.length);
      gas.set(stride, used);
      const points = out[0].checkpoints.length;
      assert.equal(BigInt(points), (DAYS + stride - 1n) / stride);
      assert.deepEqual(osaka, out.slice(0, osaka.length), "a shorter page is the start of the longer one");
      console.log(
        `    | ${stride} | ${points} | ${used.toLocaleString("en-US")} | ${out.length} | ${osaka.length} | ` +
          `${size.toLocaleString("en-US")} |`,
      );
    }
    const perPoint = (gas.get(1n)! - gas.get(7n)!) / (BigInt(FUNDS) * (DAYS - (DAYS + 6n) / 7n));
    console.log(`    each checkpoint more: ${perPoint} gas (a cold storage read is 2,100)`);
    assert.ok(perPoint < 2_400n, "a checkpoint costs little more than its storage read");
    // A cold storage read per checkpoint alone makes 50 × 365 cost 38M: a year of 50 funds in one
    // 30M call takes a stride. Weekly (7) fits the page of 50 with room; every day fits 20 funds.
    assert.equal(fitted.get(7n), FUNDS, "a year of weekly checkpoints of 50 funds fits one 30M call");
    assert.ok(fitted.get(1n)! >= 20, "a year of daily checkpoints of 20 funds fits one 30M call");
  });
});
