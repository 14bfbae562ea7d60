// Measures the advice's computation on the main thread — estimation, the three objectives,
// the frontier and the swap plan — for funds of 2 to 20 assets with a year of daily rounds,
// to decide whether it needs a Web Worker (it would above 50 ms). Prints figures, not a test.
//   node scripts/bench-advisor.mjs
import { advise, planSwaps, toWad } from "../src/domain/advisor/index.ts";

const DAY = 86_400n;
const END = 1_800_000_000n;
const DAYS = 365;

function lcg(seed) {
  let s = seed >>> 0;
  const u = () => ((s = (s * 1_103_515_245 + 12_345) >>> 0) + 1) / (2 ** 32 + 1);
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** A fund of `n` listed assets (the first its USD-pegged unit), each with a pair against it and daily rounds. */
function world(n) {
  const z = lcg(n);
  const token = (i) => `0x${(i + 1).toString(16).padStart(40, "0")}`;
  const rounds = [];
  const assets = [];
  for (let i = 0; i < n; i++) {
    let p = 100_00000000n;
    const answers = [];
    const times = [];
    for (let d = 0; d <= DAYS; d++) {
      if (i > 0) p = (p * BigInt(Math.round(1e6 * (1 + 0.001 + 0.04 * z())))) / 1_000_000n;
      answers.push(p);
      times.push(END - BigInt(DAYS - d) * DAY);
    }
    rounds.push({ answers, times });
    assets.push({
      token: token(i),
      balance: 10n ** 24n,
      reserved: 0n,
      decimals: 18,
      feedDecimals: 8,
      answer: p,
      updatedAt: END,
      heartbeat: 2n * DAY,
    });
  }
  const pairs = assets.slice(1).map((a, k) => ({
    pair: token(100 + k),
    token0: a.token,
    token1: assets[0].token,
    lpBalance: 0n,
    lpSupply: 1n,
    reserved: 0n,
    reserve0: 10n ** 30n,
    reserve1: (10n ** 30n * a.answer) / assets[0].answer,
  }));
  const guidelines = assets.map((_, i) => ({
    allowed: true,
    maxWeightBps: i === 0 ? 10_000 : Math.max(1_000, Math.ceil(20_000 / n)),
  }));
  return { raw: { timestamp: END, assets, pairs, primaries: [], deals: [] }, guidelines, rounds };
}

function once(w) {
  const t0 = performance.now();
  for (const objective of ["min-variance", "max-sharpe", "target-risk"]) {
    const a = advise({ ...w, lookbackDays: DAYS, objective, maxSlippageBps: 100n });
    if (a.kind !== "ok") throw new Error(a.kind);
    const limits = { maxLpBps: 0, maxSlippageBps: 100n, minCashBps: 0n };
    planSwaps(w.raw, a.sleeve, w.guidelines, limits, toWad(a.suggestion.weights), { slippageBps: 100n, dustBps: 10n });
  }
  return (performance.now() - t0) / 3; // per objective: what one change of setting costs
}

console.log("assets  first run  median  max   (ms per objective: estimate + frontier + objective + swap plan)");
for (const n of [2, 5, 10, 20]) {
  const w = world(n);
  const first = once(w);
  const runs = Array.from({ length: 15 }, () => once(w)).sort((a, b) => a - b);
  console.log(
    `${String(n).padStart(6)}  ${first.toFixed(1).padStart(9)}  ${runs[7].toFixed(1).padStart(6)}  ` +
      `${runs.at(-1).toFixed(1).padStart(4)}`,
  );
}
