// Helpers for the NAV checkpoint tests: the packed word's fields (NavCheckpoints), UTC days, and
// the values a NavRecorded log gives, as the client computes them from it.
import type { World } from "./world.js";

export const DAY = 86_400n;

const mask = (bits: bigint) => (1n << bits) - 1n;

/** The fields of a checkpoint word: bits 0–39 time, 40–135 NAV per share, 136–255 GAV. */
export function unpack(word: bigint) {
  return { time: word & mask(40n), navPerShare: (word >> 40n) & mask(96n), totalAssets: word >> 136n };
}

export const dayOf = (t: bigint) => t / DAY;

/** What a NavRecorded log gives, as the client reads it (src/domain/history/navSeries.ts). */
export function fromLog(r: { gav: bigint; totalSupply: bigint; timestamp: bigint }, shareDecimals: number) {
  const navPerShare = r.totalSupply === 0n ? 0n : (r.gav * 10n ** BigInt(shareDecimals)) / r.totalSupply;
  return { time: r.timestamp, navPerShare, totalAssets: r.gav };
}

/** Moves the clock to `seconds` into UTC day `day` and refreshes the feeds (one block each). */
export async function toDay(w: World, day: bigint, seconds = 3_600n) {
  await w.networkHelpers.time.increaseTo(day * DAY + seconds);
  for (const f of [w.usdcFeed, w.wethFeed, w.wbtcFeed]) {
    const [, answer] = await f.read.latestRoundData();
    await f.write.pushAnswer([answer]);
  }
}

/** The UTC day of the chain's latest block. */
export async function today(w: World) {
  return dayOf((await w.publicClient.getBlock()).timestamp);
}

/** Every NavRecorded log of the world's fund, in chain order. */
export async function navLogs(w: World) {
  const logs = await w.fund.getEvents.NavRecorded({ fromBlock: 0n });
  return logs.map((l) => ({
    gav: l.args.gav!,
    totalSupply: l.args.totalSupply!,
    timestamp: l.args.timestamp!,
    blockNumber: l.blockNumber,
  }));
}

/** Every checkpoint of `fund`, unpacked. */
export async function allCheckpoints(fund: World["fund"]) {
  const words = await fund.read.checkpoints([0n, 1_000_000n, 1n]);
  return words.map(unpack);
}
