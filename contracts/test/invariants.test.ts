// The fund's invariants under random sequences of everything that can happen to it (issue 13):
// fast-check model-based commands on the in-process chain, each sequence from one snapshot.
// Commands: deposits, mints, withdrawals, redemptions in cash and in kind, WETH/WBTC price moves,
// time without feed refreshes (stale prices) and refreshes, manager swaps and liquidity in the
// approved pairs, an outsider moving the pool, fee and guideline changes through the timelock,
// donations of every kind of token, and governance marking the fund's primary-market token down
// (`impairPrimary`, by a random fraction of its current mark or cost), and yield positions: the
// manager moving cash and WETH into and out of a USDC savings vault and a WETH staking vault, the
// vaults' rates rising (rewards) and dropping (slashing), within or beyond the fund's bound, and
// anyone poking the rate guard. After every step (`checkStep`):
//  1. NAV (totalAssets) = investor intrinsic + manager intrinsic, exactly (FundLens);
//  2. no investor's redeemable value rises by more than what the step gave the holders
//     (`gift`): its own deposit; a price move up (the rise of GAV); a donation (its feed value:
//     a donation is a gift to all holders, allowed, but a holder never gains more than it);
//     the entry or exit fee another investor paid; a manager or outsider trade that left the
//     fund richer at feed prices; a cut of the exit fee (previewRedeem only). The hurdle lowers
//     a pending performance fee as time passes, so time may raise values by that much, and the
//     in-kind slice (no accrual while a price is stale) by the pending fees when prices go stale.
//     Checked on previewRedeem(balance) and on the in-kind slice valued at the fund's own line
//     values (feed prices, fair LP value), with one unit per token of in-kind rounding. The fee
//     splitter is not an investor: its shares grow with the fees by design.
//  3. the in-kind slices of all holders (previewRedeemInKind of each balance, the splitter's
//     included) never exceed the fund's balances, token by token;
//  4. after a successful manager operation every exposure weight is within its limit or not
//     raised, cash is not pushed below the minimum, and GAV fell by at most the slippage limit;
//  5. the max* views never revert and match the freshness: maxRedeem and maxWithdraw of every
//     holder each step, maxDeposit and maxMint (which depend on freshness only) of one holder in turn;
//  6. every preview* equals the action in the same block (pinned timestamp, preview read from
//     the pending block), and an action within max* succeeds;
//     (A vault whose rate left the bound counts as a stale feed: the in-kind exit stays open.)
//  7. a refused operation (StalePrice, GuidelineBreached, ValueNotKept, CashBelowMinimum,
//     InsufficientLiquidity, ZeroShares) is mined, reverts and changes nothing; anything else
//     (another error, a panic) fails the test;
//  8. the in-kind exit always succeeds, stale prices or not, and pays its preview;
//  9. the model: the fund's fee and cash settings change only through the governance commands;
// 10. NAV checkpoints: written checkpoints never change, a step adds at most one, dated in the
//     step's time, and their days strictly increase (at most one a day, never back-dated).
// Seed: src/test/fastCheck.ts (fixed; FC_SEED=n explores, FC_PATH replays a counterexample's path).
// FC_RUNS and FC_STEPS change the number and the length of the sequences.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import {
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  getAddress,
  maxUint256,
  parseUnits,
  type Address,
  type Hex,
} from "viem";
import { deployWorld, HEARTBEAT, YEAR, type World } from "../testing/world.js";
import { startDeal } from "../testing/attack.js";
import { addWbtcPool } from "../testing/portfolio.js";
import { outcome, type Revert } from "../testing/random.js";
import { supply as supplyVault } from "../testing/yield.js";

const RUNS = Number(process.env.FC_RUNS ?? 200);
const STEPS = Number(process.env.FC_STEPS ?? 8);
const BPS = 10_000n;
const WAD = 10n ** 18n;
const DUST = 3n; // wei of rounding per step, always in the fund's favour
// Writes carry their gas, so that a refused one is mined and reverts on the chain (no estimate
// stops it before): "a refusal changes nothing" is then the chain's word, not the client's.
const GAS = 5_000_000n;

type Snapshot = Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
type Wallet = World["alice"];

/** What one multicall reads of the fund and its holders at one block. */
type Obs = {
  t: bigint;
  block: bigint;
  gav: bigint;
  supply: bigint;
  fresh: boolean;
  pending: { managementFee: bigint; performanceFee: bigint; feeShares: bigint; hwm: bigint };
  fees: {
    managementBps: bigint;
    performanceBps: bigint;
    hurdleBps: bigint;
    hwm: bigint;
    hwmTime: bigint;
    lastAccrual: bigint;
  };
  entryBps: number;
  exitBps: number;
  minCashBps: number;
  maxSlippageBps: number;
  maxLpBps: number;
  maxWeights: bigint[];
  intrinsic: { nav: bigint; managerTotal: bigint; investorTotal: bigint };
  lines: Map<string, { balance: bigint; value: bigint }>;
  weights: readonly bigint[];
  holders: {
    addr: Address;
    bal: bigint;
    redeem: bigint;
    kind: { tokens: readonly Address[]; amounts: readonly bigint[] };
    kindValue: bigint;
    max: { deposit?: bigint; mint?: bigint; redeem: bigint; withdraw: bigint };
  }[];
  fundBal: Map<string, bigint>;
  checkpoints: readonly bigint[]; // every daily NAV checkpoint word
  raw: bigint[]; // everything a refused operation must leave as it was
};

/** What a step may add to an investor's value besides the hurdle (see the header, point 2). */
type Gift = { all: bigint; own?: { who: Address; paid: bigint }; exitCut?: boolean };

describe("fund invariants under random sequences", () => {
  let w: World;
  let base: Snapshot;
  let multicall: Address;
  let wbtcUsdc: Address;
  let junk: Awaited<ReturnType<World["viem"]["deployContract"]>>;
  let investors: Wallet[];
  let tokens: Address[]; // every token line the fund can hold: assets, then pairs, then vaults, then the primary token
  let vaults: { vault: Address; asset: Address }[]; // the savings (USDC) and staking (WETH) vaults
  let guard: Address;
  let prj: Address; // a primary-market token the fund bought in a settled deal, valued at cost until marked down
  const initial = { weth: 3_000n * 10n ** 8n, wbtc: 60_000n * 10n ** 8n };
  const seen = new Map<string, number>(); // command outcomes, to prove coverage

  function count(key: string) {
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }

  before(async () => {
    w = await deployWorld();
    investors = [w.alice, w.bob, w.carol];
    multicall = (await w.viem.deployContract("Multicall3")).address;
    junk = await w.viem.deployContract("MockERC20", ["Junk", "JUNK", 18]);
    await w.deposit(w.alice, parseUnits("100000", 6));
    await w.deposit(w.bob, parseUnits("50000", 6));
    await w.deposit(w.carol, parseUnits("25000", 6));
    for (const who of investors) {
      await w.usdc.write.mint([who.account.address, parseUnits("1000000000", 6)]);
      await w.usdc.write.approve([w.fund.address, maxUint256], { account: who.account });
    }
    wbtcUsdc = await addWbtcPool(w);
    const mgr = { account: w.manager.account };
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, parseUnits("50000", 6), 0n], mgr);
    await w.fund.write.swap([wbtcUsdc, w.usdc.address, parseUnits("30000", 6), 0n], mgr);
    const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
    const [a0, a1] = [parseUnits("5", 18), parseUnits("15000", 6)];
    await w.fund.write.addLiquidity([w.wethUsdc.address, wethIs0 ? a0 : a1, wethIs0 ? a1 : a0, 0n], mgr);
    await w.asTimelock((from) => w.fund.write.setEntryExitFees([30, 50], from));
    // The donor and the outsider who moves the pool.
    const me = w.deployer.account.address;
    await w.usdc.write.mint([me, parseUnits("1000000000", 6)]);
    await w.weth.write.mint([me, parseUnits("1000000", 18)]);
    await w.wbtc.write.mint([me, parseUnits("10000", 8)]);
    await junk.write.mint([me, parseUnits("1000000", 18)]);
    for (const t of [w.usdc, w.weth]) await t.write.approve([w.wethUsdc.address, maxUint256]);
    // A primary position: 4,000 PRJ for 10,000 USDC in a deal with no second leg, settled and claimed.
    prj = (await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18])).address;
    const zero = { n2: 0n, p2: 0n };
    const deal = await startDeal(w, prj, { n1: parseUnits("10000", 6), p1: parseUnits("4000", 18), ...zero });
    await deal.write.settle([false]);
    await w.fund.write.claimVamDeal([deal.address]);
    // Yield positions: two vaults with outside depositors, listed with a 1 % bound, partly held.
    const g = await w.viem.deployContract("VaultRateGuard", [3_600n]);
    guard = g.address;
    vaults = [];
    for (const [asset, amount] of [
      [w.usdc.address, parseUnits("500000", 6)],
      [w.weth.address, parseUnits("200", 18)],
    ] as const) {
      const v = await w.viem.deployContract("YieldVault", [asset, "Vault", "V", me]);
      await supplyVault(w, w.wallets[8], v.address, asset, amount);
      await g.write.poke([v.address]);
      await w.asTimelock((from) => w.fund.write.setVault([v.address, g.address, 100, true], from));
      await w.viem.getContractAt("MockERC20", asset).then((t) => t.write.approve([v.address, maxUint256]));
      vaults.push({ vault: getAddress(v.address), asset: getAddress(asset) });
    }
    await w.fund.write.vaultMove([vaults[0].vault, parseUnits("20000", 6), 0n, true], mgr);
    const wethHeld = await w.weth.read.balanceOf([w.fund.address]);
    await w.fund.write.vaultMove([vaults[1].vault, wethHeld / 3n, 0n, true], mgr);
    const [assets, pairs, primaries] = await w.fund.read.registry();
    tokens = [...assets, ...pairs, ...vaults.map((v) => v.vault), ...primaries].map((a) => getAddress(a));
    // Sequences start two hours before a UTC midnight, so that short time steps often reach the
    // next day and its first NAV record writes a checkpoint (check 10).
    const now = (await w.publicClient.getBlock()).timestamp;
    const start = (now / 86_400n + 1n) * 86_400n - 7_200n;
    await w.skipFresh(start > now ? start - now : start + 86_400n - now);
    base = await w.networkHelpers.takeSnapshot();
  });

  after(() => {
    const lines = [...seen.entries()].sort().map(([k, v]) => `${k}: ${v}`);
    console.log(
      `invariants: ${RUNS} sequences of up to ${STEPS} steps, ${totalSteps} steps checked\n  ${lines.join("\n  ")}`,
    );
  });

  // ───────────────────────────── reading ─────────────────────────────

  const fundAbi = () => w.fund.abi;
  const erc20Abi = () => w.usdc.abi;

  let rotation = 0;
  let totalSteps = 0;
  async function observe(blockTag: "latest" | "pending"): Promise<Obs> {
    const f = w.fund.address;
    const holders = [...investors.map((x) => x.account.address), w.splitter.address];
    const call = (functionName: string, args: unknown[] = [], address: Address = f, abi: any = fundAbi()) =>
      ({ address, abi, functionName, args }) as const;
    const head = [
      call("getCurrentBlockTimestamp", [], multicall, MULTICALL_ABI),
      call("totalAssets"),
      call("totalSupply"),
      call("pricesFresh"),
      call("previewAccrual"),
      call("feeState"),
      call("entryBps"),
      call("exitBps"),
      call("limits"),
      call("intrinsicValues", [f], w.lens.address, w.lens.abi),
      call("holdings"),
      call("exposureWeights"),
      call("assetConfig", [w.usdc.address]),
      call("assetConfig", [w.weth.address]),
      call("assetConfig", [w.wbtc.address]),
      ...holders.map((h) => call("balanceOf", [h])),
      ...tokens.map((t) => call("balanceOf", [f], t, erc20Abi())),
      call("balanceOf", [f], junk.address, erc20Abi()),
      call("getReserves", [], w.wethUsdc.address, w.wethUsdc.abi),
      call("getBlockNumber", [], multicall, MULTICALL_ABI),
      call("checkpoints", [0n, 1_000_000n, 1n]),
    ];
    const r1 = await w.publicClient.multicall({
      contracts: head as any,
      multicallAddress: multicall,
      allowFailure: true,
      blockTag,
    });
    const ok = (i: number): any => {
      assert.equal(r1[i].status, "success", `read ${(head[i] as any).functionName} failed: ${String(r1[i].error)}`);
      return r1[i].result;
    };
    const n0 = 15;
    const bals = holders.map((_, i) => ok(n0 + i) as bigint);
    // maxDeposit and maxMint of one holder per observation, in turn (their answer depends on
    // freshness only); maxRedeem and maxWithdraw of every holder (they depend on the balance).
    const turn = rotation++ % holders.length;
    const per = holders.flatMap((h, i) => [
      call("previewRedeem", [bals[i]]),
      call("previewRedeemInKind", [bals[i]]),
      call("maxRedeem", [h]),
      call("maxWithdraw", [h]),
      ...(i === turn ? [call("maxDeposit", [h]), call("maxMint", [h])] : []),
    ]);
    const r2 = await w.publicClient.multicall({
      contracts: per as any,
      multicallAddress: multicall,
      allowFailure: true,
      blockTag,
    });
    const ok2 = (i: number, what: string): any => {
      assert.equal(r2[i].status, "success", `${what} reverted: ${String(r2[i].error)}`);
      return r2[i].result;
    };
    const [list] = ok(10) as [readonly { token: Address; balance: bigint; value: bigint }[], bigint];
    const lines = new Map(list.map((l) => [getAddress(l.token), { balance: l.balance, value: l.value }]));
    const acc = ok(4);
    const fees = ok(5);
    const lim = ok(8);
    const iv = ok(9);
    const fundBal = new Map<string, bigint>();
    tokens.forEach((t, i) => fundBal.set(t, ok(n0 + holders.length + i)));
    const junkBal = ok(n0 + holders.length + tokens.length) as bigint;
    const [r0, rr1] = ok(n0 + holders.length + tokens.length + 1) as [bigint, bigint];
    const block = ok(n0 + holders.length + tokens.length + 2) as bigint;
    const checkpoints = ok(n0 + holders.length + tokens.length + 3) as readonly bigint[];
    const o: Obs = {
      t: ok(0),
      block,
      gav: ok(1),
      supply: ok(2),
      fresh: ok(3),
      pending: {
        managementFee: acc.managementFee,
        performanceFee: acc.performanceFee,
        feeShares: acc.feeShares,
        hwm: acc.hwm,
      },
      fees,
      entryBps: Number(ok(6)),
      exitBps: Number(ok(7)),
      maxLpBps: Number(lim.maxLpBps),
      maxSlippageBps: Number(lim.maxSlippageBps),
      minCashBps: Number(lim.minCashBps),
      maxWeights: [12, 13, 14].map((i) => BigInt(ok(i).maxWeightBps)),
      intrinsic: { nav: iv.nav, managerTotal: iv.managerTotal, investorTotal: iv.investorTotal },
      lines,
      weights: ok(11),
      holders: holders.map((addr, i) => {
        const k = i * 4 + (i > turn ? 2 : 0);
        const [kt, ka] = bals[i] === 0n ? [[], []] : (ok2(k + 1, "previewRedeemInKind") as [Address[], bigint[]]);
        const kind = { tokens: kt.map((t) => getAddress(t)), amounts: ka };
        return {
          addr,
          bal: bals[i],
          redeem: ok2(k, "previewRedeem"),
          kind,
          kindValue: sliceValue(kind, lines),
          max: {
            redeem: ok2(k + 2, "maxRedeem"),
            withdraw: ok2(k + 3, "maxWithdraw"),
            ...(i === turn ? { deposit: ok2(k + 4, "maxDeposit"), mint: ok2(k + 5, "maxMint") } : {}),
          },
        };
      }),
      fundBal,
      checkpoints,
      raw: [],
    };
    o.raw = [
      o.supply,
      ...bals,
      ...fundBal.values(),
      junkBal,
      r0,
      rr1,
      fees.managementBps,
      fees.performanceBps,
      fees.hurdleBps,
      fees.hwm,
      fees.hwmTime,
      fees.lastAccrual,
      BigInt(checkpoints.length),
      checkpoints.at(-1) ?? 0n,
    ];
    return o;
  }

  /** An in-kind slice valued at the fund's own line values (feed prices, fair LP value). */
  function sliceValue(kind: { tokens: readonly Address[]; amounts: readonly bigint[] }, lines: Obs["lines"]) {
    let v = 0n;
    kind.tokens.forEach((t, i) => {
      const l = lines.get(t);
      if (l && l.balance > 0n) v += (kind.amounts[i] * l.value) / l.balance;
    });
    return v;
  }

  /** The value of one unit of every token line: what the floor of each in-kind slice leaves. */
  function unitDust(o: Obs) {
    let d = 0n;
    for (const l of o.lines.values()) if (l.balance > 0n) d += (l.value + l.balance - 1n) / l.balance + 1n;
    return d;
  }

  // ───────────────────────────── the checks after every step ─────────────────────────────

  function checkState(o: Obs, label: string) {
    assert.equal(o.intrinsic.nav, o.gav, `${label}: NAV = totalAssets`);
    assert.equal(o.intrinsic.investorTotal + o.intrinsic.managerTotal, o.gav, `${label}: investors + manager = NAV`);
    assert.equal(
      o.holders.reduce((s, h) => s + h.bal, 0n),
      o.supply,
      `${label}: every share is held by a tracked holder`,
    );
    for (const t of tokens) {
      const sum = o.holders.reduce((s, h) => s + (h.kind.amounts[h.kind.tokens.indexOf(t)] ?? 0n), 0n);
      assert.ok(
        sum <= o.fundBal.get(t)!,
        `${label}: in-kind slices of ${t} ${sum} exceed the fund's ${o.fundBal.get(t)}`,
      );
    }
    const cash = o.fundBal.get(getAddress(w.usdc.address))!;
    for (const h of o.holders) {
      const unlimited = o.fresh ? maxUint256 : 0n;
      if (h.max.deposit !== undefined) assert.equal(h.max.deposit, unlimited, `${label}: maxDeposit follows freshness`);
      if (h.max.mint !== undefined) assert.equal(h.max.mint, unlimited, `${label}: maxMint follows freshness`);
      assert.ok(h.max.redeem <= h.bal, `${label}: maxRedeem within the balance`);
      assert.ok(h.max.withdraw <= cash && h.max.withdraw <= h.redeem, `${label}: maxWithdraw within cash and value`);
      if (!o.fresh) assert.equal(h.max.redeem + h.max.withdraw, 0n, `${label}: no cash exit while stale`);
    }
  }

  /** Check 2: no investor's value rises by more than the step allows. */
  function checkValues(prev: Obs, o: Obs, gift: Gift, label: string) {
    const dt = o.t - prev.t;
    const f = maxB(prev.fees.performanceBps, o.fees.performanceBps);
    const h = maxB(prev.fees.hurdleBps, o.fees.hurdleBps);
    const hwm = maxB(prev.fees.hwm, prev.pending.hwm);
    const s = prev.supply + prev.pending.feeShares;
    const hurdle = (f * hwm * h * dt * s) / (BPS * BPS * YEAR * WAD) + 1n;
    const allow = gift.all + hurdle + DUST;
    const stale = prev.fresh && !o.fresh ? prev.pending.managementFee + prev.pending.performanceFee : 0n;
    const dust = unitDust(prev) + unitDust(o);
    for (let i = 0; i < investors.length; i++) {
      const [a, b] = [prev.holders[i], o.holders[i]];
      const own = gift.own?.who === a.addr ? gift.own.paid : 0n;
      // A lower exit fee pays every holder more: at most the fee cut on its gross value.
      const cut = gift.exitCut
        ? (a.redeem * BigInt(prev.exitBps - o.exitBps)) / BigInt(10_000 - prev.exitBps) + 1n
        : 0n;
      const who = `${label}: ${a.addr.slice(0, 8)}`;
      assert.ok(
        b.redeem <= a.redeem + allow + own + cut,
        `${who} previewRedeem rose ${a.redeem} → ${b.redeem}, allowed ${allow + own + cut}`,
      );
      assert.ok(
        b.kindValue <= a.kindValue + allow + own + stale + dust,
        `${who} in-kind slice value rose ${a.kindValue} → ${b.kindValue}, allowed ${allow + own + stale + dust}`,
      );
    }
  }

  /** Check 10: checkpoints only grow, by at most one a step, dated in the step, one a day at most. */
  function checkCheckpoints(prev: Obs, o: Obs, label: string) {
    const [a, b] = [prev.checkpoints, o.checkpoints];
    assert.deepEqual(b.slice(0, a.length), a, `${label}: a written checkpoint changed`);
    assert.ok(b.length - a.length <= 1, `${label}: ${b.length - a.length} checkpoints in one step`);
    if (b.length === a.length) return;
    const time = b.at(-1)! & ((1n << 40n) - 1n);
    assert.ok(time >= prev.t && time <= o.t, `${label}: checkpoint dated ${time} outside the step [${prev.t}, ${o.t}]`);
    if (a.length) {
      const last = a.at(-1)! & ((1n << 40n) - 1n);
      assert.ok(time / 86_400n > last / 86_400n, `${label}: a second checkpoint on day ${time / 86_400n}`);
    }
    count("checkpoint recorded");
  }

  /** Check 4, after a successful manager operation. */
  function checkGuidelines(prev: Obs, o: Obs, label: string) {
    const n = o.maxWeights.length;
    for (let i = 0; i < n; i++) {
      const [w0, w1] = [prev.weights[i], o.weights[i]];
      assert.ok(w1 <= o.maxWeights[i] || w1 <= w0, `${label}: weight ${i} ${w0} → ${w1} over ${o.maxWeights[i]}`);
    }
    const [lp0, lp1] = [prev.weights[n], o.weights[n]];
    assert.ok(lp1 <= BigInt(o.maxLpBps) || lp1 <= lp0, `${label}: LP weight ${lp0} → ${lp1} over ${o.maxLpBps}`);
    const [c0, c1] = [prev.fundBal.get(getAddress(w.usdc.address))!, o.fundBal.get(getAddress(w.usdc.address))!];
    if (c1 < c0)
      assert.ok(c1 * BPS >= o.gav * BigInt(o.minCashBps), `${label}: cash ${c1} below ${o.minCashBps} bps of ${o.gav}`);
  }

  // ───────────────────────────── the sequence's state ─────────────────────────────

  /** The model: the fund's settings, which only the governance commands may change. */
  type Model = { entryBps: number; exitBps: number; minCashBps: number; fees: [bigint, bigint, bigint] };
  type Real = { prev: Obs; steps: number; model: Model };

  const modelOf = (o: Obs): Model => ({
    entryBps: o.entryBps,
    exitBps: o.exitBps,
    minCashBps: o.minCashBps,
    fees: [o.fees.managementBps, o.fees.performanceBps, o.fees.hurdleBps],
  });

  /**
   * Runs the checks after a step and makes its observation the next step's baseline. The
   * observation is of the pending block, whose time is pinned: the next command's transaction
   * runs in exactly that block, so its previews (read there too) must equal what it does.
   */
  async function checkStep(r: Real, label: string, gift: Gift) {
    const o = await observePinned();
    assert.deepEqual(modelOf(o), r.model, `${label}: the fund's settings moved without governance`);
    checkState(o, label);
    checkValues(r.prev, o, gift, label);
    checkCheckpoints(r.prev, o, label);
    r.prev = o;
    r.steps++;
    totalSteps++;
    return o;
  }

  /** A refused operation: its error must be one of `allowed`, and nothing may have moved. */
  async function refused(r: Real, label: string, err: Revert, allowed: string[]) {
    assert.ok(allowed.includes(err.name), `${label}: unexpected refusal ${err.name}(${err.args.join(", ")})`);
    count(`${label.split("(")[0]} refused ${err.name}`);
    const [before, pendingBlock] = [r.prev.raw, r.prev.block];
    const mined = (await w.publicClient.getBlock()).number;
    const o = await checkStep(r, label, { all: 0n });
    assert.deepEqual(o.raw, before, `${label}: refused with ${err.name} but the state moved`);
    // Fund writes carry their gas: the refusal was mined, in the block the previews were read for.
    assert.equal(mined, pendingBlock, `${label}: the refused transaction was not mined`);
  }

  /** Fixes the next block's time and reads the pending block, where the next transaction runs. */
  async function observePinned() {
    const t = (await w.publicClient.getBlock()).timestamp + 1n;
    await w.networkHelpers.time.setNextBlockTimestamp(t);
    return observe("pending");
  }

  async function previewAt(functionName: string, args: unknown[]) {
    const [res] = await w.publicClient.multicall({
      contracts: [{ address: w.fund.address, abi: fundAbi(), functionName, args }] as any,
      multicallAddress: multicall,
      allowFailure: false,
      blockTag: "pending",
    });
    return res as any;
  }

  const usdcOf = (a: Address) => w.usdc.read.balanceOf([a]);
  const sharesOf = (a: Address) => w.fund.read.balanceOf([a]);
  const feeFor = (amount: bigint, bps: number) => (amount * BigInt(bps) + BPS - 1n) / BPS;

  // ───────────────────────────── commands ─────────────────────────────

  abstract class Cmd implements fc.AsyncCommand<Model, Real> {
    check() {
      return true;
    }
    abstract run(m: Model, r: Real): Promise<void>;
    abstract toString(): string;
  }

  class Deposit extends Cmd {
    constructor(
      readonly who: number,
      readonly assets: bigint,
    ) {
      super();
    }
    toString() {
      return `deposit(${this.who}, ${this.assets})`;
    }
    async run(_: Model, r: Real) {
      const who = investors[this.who];
      const me = who.account.address;
      const at = r.prev;
      const expect: bigint = await previewAt("previewDeposit", [this.assets]);
      const [s0, c0] = [await sharesOf(me), await usdcOf(me)];
      const err = await outcome(w.fund.write.deposit([this.assets, me], { account: who.account, gas: GAS }));
      if (err) {
        if (at.fresh) assert.equal(err.name, "ZeroShares", `${this} refused while fresh`);
        if (err.name === "ZeroShares") assert.equal(expect, 0n, `${this}: previewDeposit promised shares`);
        return refused(r, String(this), err, ["StalePrice", "ZeroShares"]);
      }
      assert.ok(at.fresh, `${this}: a deposit went through while maxDeposit was 0`);
      assert.equal((await sharesOf(me)) - s0, expect, `${this}: previewDeposit = shares received`);
      assert.equal(c0 - (await usdcOf(me)), this.assets, `${this}: took the assets`);
      count("deposit");
      await checkStep(r, String(this), {
        all: feeFor(this.assets, at.entryBps) + 1n,
        own: { who: me, paid: this.assets },
      });
    }
  }

  class Mint extends Cmd {
    constructor(
      readonly who: number,
      readonly shares: bigint,
    ) {
      super();
    }
    toString() {
      return `mint(${this.who}, ${this.shares})`;
    }
    async run(_: Model, r: Real) {
      const who = investors[this.who];
      const me = who.account.address;
      const at = r.prev;
      const expect: bigint = await previewAt("previewMint", [this.shares]);
      const [s0, c0] = [await sharesOf(me), await usdcOf(me)];
      const err = await outcome(w.fund.write.mint([this.shares, me], { account: who.account, gas: GAS }));
      if (err) {
        assert.ok(!at.fresh, `${this}: refused ${err.name} while maxMint was unlimited`);
        return refused(r, String(this), err, ["StalePrice"]);
      }
      const paid = c0 - (await usdcOf(me));
      assert.equal(paid, expect, `${this}: previewMint = assets paid`);
      assert.equal((await sharesOf(me)) - s0, this.shares, `${this}: minted the shares`);
      count("mint");
      await checkStep(r, String(this), { all: feeFor(paid, at.entryBps) + 2n, own: { who: me, paid } });
    }
  }

  class Redeem extends Cmd {
    constructor(
      readonly who: number,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `redeem(${this.who}, ${this.bps === 0n ? "maxRedeem" : `${this.bps} bps of the balance`})`;
    }
    async run(_: Model, r: Real) {
      const who = investors[this.who];
      const me = who.account.address;
      const at = r.prev;
      const h = at.holders[this.who];
      const shares = this.bps === 0n ? h.max.redeem : (h.bal * this.bps) / BPS;
      const expect: bigint = await previewAt("previewRedeem", [shares]);
      const c0 = await usdcOf(me);
      const err = await outcome(w.fund.write.redeem([shares, me, me], { account: who.account, gas: GAS }));
      if (err) {
        assert.ok(
          shares === 0n || shares > h.max.redeem,
          `${this}: ${shares} within maxRedeem ${h.max.redeem} but refused ${err.name}`,
        );
        return refused(r, String(this), err, ["StalePrice", "InsufficientLiquidity"]);
      }
      assert.ok(at.fresh, `${this}: a redeem went through while stale`);
      const out = (await usdcOf(me)) - c0;
      assert.equal(out, expect, `${this}: previewRedeem = assets paid out`);
      count(shares <= h.max.redeem ? "redeem" : "redeem beyond maxRedeem");
      await checkStep(r, String(this), { all: feeFor(out, at.exitBps) * 2n + 2n });
    }
  }

  class Withdraw extends Cmd {
    constructor(
      readonly who: number,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `withdraw(${this.who}, ${this.bps === 0n ? "maxWithdraw" : `${this.bps} bps of its value`})`;
    }
    async run(_: Model, r: Real) {
      const who = investors[this.who];
      const me = who.account.address;
      const at = r.prev;
      const h = at.holders[this.who];
      const assets = this.bps === 0n ? h.max.withdraw : (h.redeem * this.bps) / BPS;
      const expect: bigint = await previewAt("previewWithdraw", [assets]);
      const [s0, c0] = [await sharesOf(me), await usdcOf(me)];
      const err = await outcome(w.fund.write.withdraw([assets, me, me], { account: who.account, gas: GAS }));
      if (err) {
        assert.ok(
          assets === 0n || assets > h.max.withdraw,
          `${this}: ${assets} within maxWithdraw ${h.max.withdraw} but refused ${err.name}`,
        );
        return refused(r, String(this), err, ["StalePrice", "InsufficientLiquidity", "ERC4626ExceededMaxWithdraw"]);
      }
      assert.ok(at.fresh, `${this}: a withdrawal went through while stale`);
      assert.equal(s0 - (await sharesOf(me)), expect, `${this}: previewWithdraw = shares burnt`);
      assert.equal((await usdcOf(me)) - c0, assets, `${this}: paid the assets`);
      count(assets <= h.max.withdraw ? "withdraw" : "withdraw beyond maxWithdraw");
      await checkStep(r, String(this), { all: feeFor(assets, at.exitBps) * 2n + 2n });
    }
  }

  class RedeemInKind extends Cmd {
    constructor(
      readonly who: number,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `redeemInKind(${this.who}, ${this.bps} bps of the balance)`;
    }
    async run(_: Model, r: Real) {
      const who = investors[this.who];
      const me = who.account.address;
      const at = r.prev;
      const shares = (at.holders[this.who].bal * this.bps) / BPS;
      if (shares === 0n) return void count("in kind: nothing held");
      const [pt, pa] = (await previewAt("previewRedeemInKind", [shares])) as [Address[], bigint[]];
      const before = await Promise.all(tokens.map((t) => balanceOf(t, me)));
      const s0 = await sharesOf(me);
      const err = await outcome(w.fund.write.redeemInKind([shares, me, me], { account: who.account, gas: GAS }));
      assert.equal(err, null, `${this}: the in-kind exit must always succeed (${err?.name})`);
      assert.equal(s0 - (await sharesOf(me)), shares, `${this}: burnt the shares`);
      const afterBal = await Promise.all(tokens.map((t) => balanceOf(t, me)));
      tokens.forEach((t, i) => {
        const k = pt.map((x) => getAddress(x)).indexOf(t);
        assert.equal(afterBal[i] - before[i], k < 0 ? 0n : pa[k], `${this}: previewRedeemInKind = ${t} received`);
      });
      count(at.fresh ? "in kind (fresh)" : "in kind (stale)");
      const o = await checkStep(r, String(this), { all: unitDust(at) });
      tokens.forEach((t, i) => {
        assert.equal(
          at.fundBal.get(t)! - o.fundBal.get(t)!,
          afterBal[i] - before[i],
          `${this}: the fund paid out exactly the slice of ${t}`,
        );
      });
    }
  }

  /** `outcome`, also decoding errors that the called contract's ABI lacks (those of a pair). */
  async function outcomeWith(p: Promise<unknown>, abi: readonly unknown[]): Promise<Revert | null> {
    try {
      await p;
      return null;
    } catch (e) {
      const r = e instanceof BaseError ? e.walk((x) => x instanceof ContractFunctionRevertedError) : null;
      if (r instanceof ContractFunctionRevertedError) {
        if (r.data?.errorName) return { name: r.data.errorName, args: r.data.args ?? [] };
        const raw = (r as unknown as { raw?: Hex }).raw;
        if (raw) {
          const d = decodeErrorResult({ abi: abi as any, data: raw });
          return { name: d.errorName, args: (d.args ?? []) as readonly unknown[] };
        }
      }
      throw e;
    }
  }

  async function balanceOf(token: Address, who: Address) {
    return w.publicClient.readContract({
      address: token,
      abi: erc20Abi(),
      functionName: "balanceOf",
      args: [who],
    }) as Promise<bigint>;
  }

  class Price extends Cmd {
    constructor(
      readonly wbtc: boolean,
      readonly moveBps: bigint,
    ) {
      super();
    }
    toString() {
      return `price(${this.wbtc ? "WBTC" : "WETH"} ${this.moveBps > 0n ? "+" : ""}${this.moveBps} bps)`;
    }
    async run(_: Model, r: Real) {
      const feed = this.wbtc ? w.wbtcFeed : w.wethFeed;
      const start = this.wbtc ? initial.wbtc : initial.weth;
      const [, answer] = await feed.read.latestRoundData();
      let next = (answer * (BPS + this.moveBps)) / BPS;
      next = maxB(start / 3n, next < start * 3n ? next : start * 3n); // keep within a third and thrice the start
      await feed.write.pushAnswer([next]);
      count(next >= answer ? "price up" : "price down");
      const gav = await w.fund.read.totalAssets();
      await checkStep(r, String(this), { all: maxB(0n, gav - r.prev.gav) });
    }
  }

  class Time extends Cmd {
    constructor(readonly seconds: number) {
      super();
    }
    toString() {
      return `time(+${this.seconds}s, no refresh)`;
    }
    async run(_: Model, r: Real) {
      await w.networkHelpers.time.increase(this.seconds);
      count(this.seconds > HEARTBEAT ? "time past the heartbeat" : "time");
      await checkStep(r, String(this), { all: 0n });
    }
  }

  class Refresh extends Cmd {
    constructor(readonly mask: number) {
      super();
    }
    toString() {
      return `refresh(feeds ${this.mask.toString(2).padStart(3, "0")})`;
    }
    async run(_: Model, r: Real) {
      const feeds = [w.usdcFeed, w.wethFeed, w.wbtcFeed].filter((_, i) => (this.mask >> i) & 1);
      for (const f of feeds) await f.write.pushAnswer([(await f.read.latestRoundData())[1]]);
      count("refresh");
      await checkStep(r, String(this), { all: 0n });
    }
  }

  /** A manager operation: either refused with a legitimate error, or within the guidelines. */
  /** Feed value of `amount` of a token line, from the fund's own holdings (fair value for LP). */
  function lineValue(o: Obs, token: Address, amount: bigint) {
    const l = o.lines.get(getAddress(token));
    return l && l.balance > 0n ? (amount * l.value + l.balance - 1n) / l.balance : 0n;
  }

  async function managerOp(r: Real, label: string, p: Promise<unknown>, valueIn: bigint) {
    const err = await outcomeWith(p, w.wethUsdc.abi);
    // ZeroAmount and InsufficientOutput: the pair's refusals of dust amounts.
    const allowed = [
      "StalePrice",
      "GuidelineBreached",
      "ValueNotKept",
      "CashBelowMinimum",
      "ZeroAmount",
      "InsufficientOutput",
    ];
    if (err) return refused(r, label, err, allowed);
    count(label.split("(")[0]);
    const prev = r.prev;
    const gav = await w.fund.read.totalAssets();
    const o = await checkStep(r, label, { all: maxB(0n, gav - prev.gav) });
    checkGuidelines(prev, o, label);
    // Value kept (DESIGN §3): GAV fell by at most the slippage limit on what went out.
    const limit = (valueIn * BigInt(o.maxSlippageBps)) / BPS + 2n;
    assert.ok(prev.gav - o.gav <= limit, `${label}: GAV ${prev.gav} → ${o.gav}, more than ${limit} lost on ${valueIn}`);
  }

  class Swap extends Cmd {
    constructor(
      readonly wbtc: boolean,
      readonly sell: boolean,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `swap(${this.sell ? "sell" : "buy"} ${this.wbtc ? "WBTC" : "WETH"}, ${this.bps} bps of the balance)`;
    }
    async run(_: Model, r: Real) {
      const pair = this.wbtc ? wbtcUsdc : w.wethUsdc.address;
      const tokenIn = this.sell ? (this.wbtc ? w.wbtc.address : w.weth.address) : w.usdc.address;
      const amount = (r.prev.fundBal.get(getAddress(tokenIn))! * this.bps) / BPS;
      if (amount === 0n) return void count("swap: nothing to sell");
      const tx = w.fund.write.swap([pair, tokenIn, amount, 0n], { account: w.manager.account, gas: GAS });
      await managerOp(r, String(this), tx, lineValue(r.prev, tokenIn, amount));
    }
  }

  class AddLiquidity extends Cmd {
    constructor(
      readonly bps0: bigint,
      readonly bps1: bigint,
    ) {
      super();
    }
    toString() {
      return `addLiquidity(WETH/USDC, ${this.bps0} and ${this.bps1} bps of the balances)`;
    }
    async run(_: Model, r: Real) {
      const [t0, t1] = [getAddress(await w.wethUsdc.read.token0()), getAddress(await w.wethUsdc.read.token1())];
      const a0 = (r.prev.fundBal.get(t0)! * this.bps0) / BPS;
      const a1 = (r.prev.fundBal.get(t1)! * this.bps1) / BPS;
      const most = lineValue(r.prev, t0, a0) + lineValue(r.prev, t1, a1); // used ≤ desired
      const tx = w.fund.write.addLiquidity([w.wethUsdc.address, a0, a1, 0n], { account: w.manager.account, gas: GAS });
      await managerOp(r, String(this), tx, most);
    }
  }

  class RemoveLiquidity extends Cmd {
    constructor(readonly bps: bigint) {
      super();
    }
    toString() {
      return `removeLiquidity(WETH/USDC, ${this.bps} bps of the LP)`;
    }
    async run(_: Model, r: Real) {
      const lp = (r.prev.fundBal.get(getAddress(w.wethUsdc.address))! * this.bps) / BPS;
      if (lp === 0n) return void count("removeLiquidity: no LP");
      const tx = w.fund.write.removeLiquidity([w.wethUsdc.address, lp, 0n, 0n], {
        account: w.manager.account,
        gas: GAS,
      });
      await managerOp(r, String(this), tx, lineValue(r.prev, w.wethUsdc.address, lp));
    }
  }

  /** The manager deposits into a vault (a part of the fund's asset) or redeems a part of its shares. */
  class VaultMove extends Cmd {
    constructor(
      readonly which: number,
      readonly into: boolean,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `vaultMove(${this.which ? "staking" : "savings"}, ${this.into ? "deposit" : "redeem"} ${this.bps} bps)`;
    }
    async run(_: Model, r: Real) {
      const { vault, asset } = vaults[this.which];
      const token = this.into ? asset : vault;
      const amount = (r.prev.fundBal.get(token)! * this.bps) / BPS;
      if (amount === 0n) return void count("vaultMove: nothing to move");
      const tx = w.fund.write.vaultMove([vault, amount, 0n, this.into], { account: w.manager.account, gas: GAS });
      const label = `vault ${this.into ? "deposit" : "redeem"}(${this.which ? "staking" : "savings"}, ${this.bps} bps)`;
      await managerOp(r, label, tx, lineValue(r.prev, token, amount));
    }
  }

  /** A vault's rate moves: rewards paid in (up) or a slashing (down), by `bps` of its assets. */
  class VaultRate extends Cmd {
    constructor(
      readonly which: number,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `vault rate(${this.which ? "staking" : "savings"}, ${this.bps} bps)`;
    }
    async run(_: Model, r: Real) {
      const { vault, asset } = vaults[this.which];
      const v = await w.viem.getContractAt("YieldVault", vault);
      if (this.bps >= 0n) {
        const amount = ((await v.read.totalAssets()) * this.bps) / BPS;
        const t = await w.viem.getContractAt("MockERC20", asset);
        await t.write.mint([w.deployer.account.address, amount]);
        await v.write.reward([amount]);
      } else await v.write.slash([-this.bps]);
      count("vault rate");
      const gav = await w.fund.read.totalAssets();
      await checkStep(r, String(this), { all: maxB(0n, gav - r.prev.gav) });
    }
  }

  /** Anyone pokes the rate guard (a rate that held for the delay becomes the accepted one). */
  class VaultPoke extends Cmd {
    constructor(readonly which: number) {
      super();
    }
    toString() {
      return `poke(${this.which ? "staking" : "savings"})`;
    }
    async run(_: Model, r: Real) {
      const g = await w.viem.getContractAt("VaultRateGuard", guard);
      await g.write.poke([vaults[this.which].vault]);
      count("vault poke");
      // Accepting a rate changes no value; it may only make priced operations possible again.
      await checkStep(r, String(this), { all: 0n });
    }
  }

  /** An outsider trades in the WETH/USDC pool: the pool's price leaves the feed's (or returns). */
  class PoolMove extends Cmd {
    constructor(
      readonly sellWeth: boolean,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `outsider ${this.sellWeth ? "sells WETH" : "buys WETH"} (${this.bps} bps of the pool)`;
    }
    async run(_: Model, r: Real) {
      const [r0, r1] = await w.wethUsdc.read.getReserves();
      const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
      const reserveIn = this.sellWeth === wethIs0 ? r0 : r1;
      const tokenIn = this.sellWeth ? w.weth.address : w.usdc.address;
      await w.wethUsdc.write.swap([tokenIn, (reserveIn * this.bps) / BPS + 1n, 0n, w.deployer.account.address]);
      count("outsider trade");
      const gav = await w.fund.read.totalAssets();
      await checkStep(r, String(this), { all: maxB(0n, gav - r.prev.gav) });
    }
  }

  class SetFees extends Cmd {
    constructor(
      readonly m: number,
      readonly p: number,
      readonly h: number,
    ) {
      super();
    }
    toString() {
      return `setFees(${this.m}, ${this.p}, ${this.h})`;
    }
    async run(m: Model, r: Real) {
      const err = await outcome(
        w.asTimelock((from) => w.fund.write.setFees([this.m, this.p, this.h], { ...from, gas: GAS })),
      );
      if (err) return refused(r, String(this), err, ["StalePrice"]);
      m.fees = [BigInt(this.m), BigInt(this.p), BigInt(this.h)];
      count("setFees");
      await checkStep(r, String(this), { all: 0n });
    }
  }

  class SetEntryExit extends Cmd {
    constructor(
      readonly e: number,
      readonly x: number,
    ) {
      super();
    }
    toString() {
      return `setEntryExitFees(${this.e}, ${this.x})`;
    }
    async run(m: Model, r: Real) {
      await w.asTimelock((from) => w.fund.write.setEntryExitFees([this.e, this.x], from));
      [m.entryBps, m.exitBps] = [this.e, this.x];
      count("setEntryExitFees");
      await checkStep(r, String(this), { all: 0n, exitCut: this.x < r.prev.exitBps });
    }
  }

  class SetMinCash extends Cmd {
    constructor(readonly bps: number) {
      super();
    }
    toString() {
      return `setMinCash(${this.bps})`;
    }
    async run(m: Model, r: Real) {
      await w.asTimelock((from) => w.fund.write.setMinCash([this.bps], from));
      m.minCashBps = this.bps;
      count("setMinCash");
      await checkStep(r, String(this), { all: 0n });
    }
  }

  /** Governance marks PRJ down to `bps` of its current mark (or of its cost per token before the first one). */
  class Impair extends Cmd {
    constructor(readonly bps: bigint) {
      super();
    }
    toString() {
      return `impairPrimary(${this.bps} bps of the current mark)`;
    }
    async run(_: Model, r: Real) {
      const [paid, received, mark, markedAt] = await w.fund.read.primaryCost([prj]);
      const ceiling = markedAt > 0n ? mark : (paid * WAD) / received;
      if (ceiling === 0n) return void count("impair: written off already");
      const wad = (ceiling * this.bps) / BPS;
      const [line, gav] = [r.prev.lines.get(getAddress(prj))!, r.prev.gav];
      const counted = line.balance < received ? line.balance : received;
      const atCost = (counted * paid) / received;
      const marked = (counted * wad) / WAD;
      const expected = marked < atCost ? marked : atCost;
      await w.asTimelock((from) => w.fund.write.impairPrimary([prj, wad], from));
      count("impair");
      const o = await checkStep(r, String(this), { all: 0n });
      assert.equal(o.lines.get(getAddress(prj))!.value, expected, `${this}: PRJ at the lower of cost and the mark`);
      assert.equal(o.gav, gav - line.value + expected, `${this}: GAV fell by exactly the mark-down`);
    }
  }

  const DONATIONS = ["USDC", "WETH", "WBTC", "WETH/USDC LP", "WBTC/USDC LP", "JUNK"] as const;
  class Donate extends Cmd {
    constructor(
      readonly what: number,
      readonly bps: bigint,
    ) {
      super();
    }
    toString() {
      return `donate(${DONATIONS[this.what]}, ${this.bps} bps of the donor's)`;
    }
    async run(_: Model, r: Real) {
      const token = [w.usdc.address, w.weth.address, w.wbtc.address, w.wethUsdc.address, wbtcUsdc, junk.address][
        this.what
      ];
      const me = w.deployer.account.address;
      // At most a thousandth of the donor's stock: enough to matter, never a weight of 100 %.
      const amount = ((await balanceOf(token, me)) * this.bps) / BPS / 1000n + 1n;
      await w.deployer.writeContract({
        address: token,
        abi: erc20Abi(),
        functionName: "transfer",
        args: [w.fund.address, amount],
      });
      count(`donate ${DONATIONS[this.what]}`);
      const gav = await w.fund.read.totalAssets();
      await checkStep(r, String(this), { all: maxB(0n, gav - r.prev.gav) });
    }
  }

  const who = fc.nat({ max: 2 });
  const bps = fc.bigInt({ min: 1n, max: BPS });
  const orMax = fc.oneof(fc.constant(0n), bps); // 0: exactly max*
  const commands = [
    fc
      .tuple(who, fc.oneof(fc.bigInt({ min: 1n, max: 200n }), fc.bigInt({ min: 1n, max: parseUnits("200000", 6) })))
      .map(([a, b]) => new Deposit(a, b)),
    fc.tuple(who, fc.bigInt({ min: 1n, max: 10n ** 17n })).map(([a, b]) => new Mint(a, b)),
    fc.tuple(who, orMax).map(([a, b]) => new Redeem(a, b)),
    fc.tuple(who, orMax).map(([a, b]) => new Withdraw(a, b)),
    fc.tuple(who, bps).map(([a, b]) => new RedeemInKind(a, b)),
    fc.tuple(fc.boolean(), fc.bigInt({ min: -2_000n, max: 2_000n })).map(([a, b]) => new Price(a, b)),
    fc
      .oneof(fc.integer({ min: 1, max: 6 * 3600 }), fc.integer({ min: HEARTBEAT + 1, max: 60 * 86_400 }))
      .map((s) => new Time(s)),
    fc.integer({ min: 1, max: 7 }).map((m) => new Refresh(m)),
    fc.tuple(fc.boolean(), fc.boolean(), bps).map(([a, b, c]) => new Swap(a, b, c)),
    fc.tuple(bps, bps).map(([a, b]) => new AddLiquidity(a, b)),
    bps.map((b) => new RemoveLiquidity(b)),
    fc.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 300n })).map(([a, b]) => new PoolMove(a, b)),
    fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 2_000 }))
      .map(([a, b, c]) => new SetFees(a, b, c)),
    fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }))
      .map(([a, b]) => new SetEntryExit(a, b)),
    fc.integer({ min: 0, max: 3_000 }).map((b) => new SetMinCash(b)),
    fc.tuple(fc.nat({ max: DONATIONS.length - 1 }), bps).map(([a, b]) => new Donate(a, b)),
    fc.bigInt({ min: 0n, max: BPS - 1n }).map((b) => new Impair(b)),
    fc.tuple(fc.nat({ max: 1 }), fc.boolean(), bps).map(([a, b, c]) => new VaultMove(a, b, c)),
    fc
      .tuple(fc.nat({ max: 1 }), fc.oneof(fc.bigInt({ min: 0n, max: 80n }), fc.bigInt({ min: -800n, max: 300n })))
      .map(([a, b]) => new VaultRate(a, b)),
    fc.nat({ max: 1 }).map((a) => new VaultPoke(a)),
  ];

  it(`hold after every step of ${RUNS} random sequences`, async () => {
    const path = process.env.FC_PATH;
    let start: Obs | undefined;
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: STEPS, size: "max", replayPath: process.env.FC_REPLAY }),
        async (cmds) => {
          await base.restore();
          // After a restore the latest block is the snapshot's, so the pinned pending block, and
          // what it reads, are the same for every sequence: read it once.
          const first = (start ??= await observePinned());
          await w.networkHelpers.time.setNextBlockTimestamp(first.t);
          const real: Real = { prev: first, steps: 0, model: modelOf(first) };
          checkState(real.prev, "start");
          await fc.asyncModelRun(() => ({ model: real.model, real }), cmds);
        },
      ),
      { numRuns: RUNS, ...(path ? { path } : {}) },
    );
  });

  it("covered every kind of step and refusal", { skip: process.env.FC_PATH ? "replaying one path" : false }, () => {
    const need = [
      "deposit",
      "mint",
      "redeem",
      "withdraw",
      "in kind (fresh)",
      "in kind (stale)",
      "price up",
      "price down",
      "time past the heartbeat",
      "refresh",
      "swap",
      "addLiquidity",
      "removeLiquidity",
      "outsider trade",
      "setFees",
      "setEntryExitFees",
      "donate USDC",
      "donate WETH",
      "donate WETH/USDC LP",
      "donate JUNK",
      "impair",
      "checkpoint recorded",
      "vault deposit",
      "vault redeem",
      "vault rate",
      "vault poke",
    ];
    for (const k of need) assert.ok((seen.get(k) ?? 0) > 0, `never ran: ${k}`);
    for (const e of ["StalePrice", "ValueNotKept", "GuidelineBreached", "InsufficientLiquidity"]) {
      assert.ok(
        [...seen.keys()].some((k) => k.endsWith(`refused ${e}`)),
        `no refusal ${e}`,
      );
    }
  });
});

const maxB = (a: bigint, b: bigint) => (a > b ? a : b);

const MULTICALL_ABI = [
  {
    type: "function",
    name: "getCurrentBlockTimestamp",
    stateMutability: "view",
    inputs: [],
    outputs: [{ type: "uint256" }],
  },
  { type: "function", name: "getBlockNumber", stateMutability: "view", inputs: [], outputs: [{ type: "uint256" }] },
] as const;
