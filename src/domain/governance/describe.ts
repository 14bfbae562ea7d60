// Each decoded action in words, e.g. "Raise the performance fee from 15% to 20%". Changes
// are worded against the fund's settings as they are now, when the caller passes them (not for
// executed proposals, whose changes those settings already contain).
import { formatUnits, type Address } from "viem";
import { formatDate } from "../../lib/dates.ts";
import { formatAmount, shortAddress } from "../../lib/format.ts";
import type { DecodedAction, FundSet, RoleCall } from "./decode.ts";
import { daysText, durationText } from "./duration.ts";
import { impairText, type PrimaryPosition } from "./impair.ts";
import { distributeText } from "./distribute.ts";
import { bpsText } from "./percent.ts";

export interface TokenMeta {
  symbol: string;
  decimals: number;
}

export interface DealMeta {
  asset: Address;
  projectToken: Address;
  n1: bigint;
  p1: bigint;
  n2: bigint;
  p2: bigint;
  /** TVL target in the oracle's units, `tvlDecimals` decimals (USD). */
  target: bigint;
  tvlDecimals: number;
  window: bigint;
  duration: bigint;
}

export interface Guideline {
  allowed: boolean;
  maxWeightBps: number;
}

export interface Fees {
  managementBps: number;
  performanceBps: number;
  hurdleBps: number;
}

/** The fee caps (`Fund.MAX_*_BPS`), with the caps of the entry and exit fees and of the slippage limit. */
export interface Caps extends Fees {
  entryExitBps: number;
  slippageBps: number;
}

export interface EntryExit {
  entryBps: number;
  exitBps: number;
}

/** The limits on the manager's operations, in bps. */
export interface Limits {
  maxLpBps: number;
  maxSlippageBps: number;
  minCashBps: number;
}

/** The fund set's settings now. */
export interface Settings extends Limits {
  guidelines: ReadonlyMap<string, Guideline>;
  fees: Fees;
  entryExit: EntryExit;
  manager: Address;
  mechanism: number;
  /** The denomination asset: never delisted. */
  denomination: Address;
  /** Approved pairs, lower-case. */
  approvedPairs: readonly string[];
  /** Units of each listed asset the fund holds for itself (balance less reserved), by lower-case address. */
  held: ReadonlyMap<string, bigint>;
  /** Primary tokens valued at cost (no feed), by lower-case address. */
  primaries?: ReadonlyMap<string, PrimaryPosition>;
}

export interface DescribeContext {
  set: FundSet;
  /** By lower-case address. */
  tokens: ReadonlyMap<string, TokenMeta>;
  pairs: ReadonlyMap<string, { token0: Address; token1: Address }>;
  deals: ReadonlyMap<string, DealMeta>;
  managerToken: TokenMeta;
  /** `Fund.MAX_*_BPS`. */
  caps: Caps;
  current?: Settings;
  /** The fund's currency, which prices are worded in, also once a proposal has run. */
  denomination?: Address;
  /** Known ERC-4626 vaults' assets, by lower-case vault address. */
  vaultAssets?: ReadonlyMap<string, Address>;
}

export interface ActionText {
  title: string;
  details: string[];
  /** Why executing it would fail or does something surprising. */
  warnings: string[];
}

export const MECHANISM_LABEL: Record<number, string> = {
  0: "governance",
  1: "an institution",
  2: "an algorithm",
  3: "an investment committee",
};

export const CATEGORY_LABEL: Record<number, string> = {
  0: "initiating the fund",
  1: "early investment",
  2: "cornerstone investment",
  3: "decision support (institution)",
  4: "decision support (algorithm team)",
  5: "decision support (committee member)",
  6: "decision support (KOL)",
  7: "services",
};

const key = (a: unknown) => String(a).toLowerCase();
const amount = (v: bigint, decimals: number) =>
  formatAmount(v, decimals, { maximumFractionDigits: 6, maximumSignificantDigits: 10 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });
const dateText = formatDate;

function tokenText(ctx: DescribeContext, token: unknown, value?: bigint): string {
  const meta = ctx.tokens.get(key(token));
  const name = meta?.symbol ?? shortAddress(String(token));
  if (value === undefined) return name;
  return meta ? `${amount(value, meta.decimals)} ${name}` : `${value} base units of ${name}`;
}

function pairText(ctx: DescribeContext, pair: unknown): string {
  const p = ctx.pairs.get(key(pair));
  return p ? `${tokenText(ctx, p.token0)}/${tokenText(ctx, p.token1)}` : `pair ${shortAddress(String(pair))}`;
}

/** "Raise the X from A to B", "Lower …", "Keep … at A", or "Set the X to B" without a current value. */
function change(what: string, next: number, now: number | undefined, unit: (n: number) => string = bpsText): string {
  if (now === undefined) return `Set the ${what} to ${unit(next)}`;
  if (next === now) return `Keep the ${what} at ${unit(now)}`;
  return `${next > now ? "Raise" : "Lower"} the ${what} from ${unit(now)} to ${unit(next)}`;
}

const sentence = (parts: string[]) =>
  parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(", ");

function describeFees(ctx: DescribeContext, [m, p, h]: readonly [number, number, number]): ActionText {
  const now = ctx.current?.fees;
  const rows: [string, number, number | undefined, number][] = [
    ["management fee", m, now?.managementBps, ctx.caps.managementBps],
    ["performance fee", p, now?.performanceBps, ctx.caps.performanceBps],
    ["hurdle rate", h, now?.hurdleBps, ctx.caps.hurdleBps],
  ];
  const changed = now ? rows.filter(([, next, cur]) => next !== cur) : rows;
  const title =
    changed.length === 0
      ? `Keep the fees as they are (${rows.map(([w, n]) => `${w} ${bpsText(n)}`).join(", ")})`
      : sentence(changed.map(([w, n, c]) => change(w, n, c)));
  const details =
    now && changed.length < 3
      ? rows.filter((r) => !changed.includes(r)).map(([w, n]) => `The ${w} stays at ${bpsText(n)}.`)
      : [];
  const warnings = rows
    .filter(([, n, , cap]) => n > cap)
    .map(([w, n, , cap]) => `A ${w} of ${bpsText(n)} is above its ${bpsText(cap)} cap: execution would fail.`);
  return { title, details, warnings };
}

function describeEntryExit(ctx: DescribeContext, [e, x]: readonly [number, number]): ActionText {
  const now = ctx.current?.entryExit;
  const rows: [string, number, number | undefined][] = [
    ["entry fee", e, now?.entryBps],
    ["exit fee", x, now?.exitBps],
  ];
  const changed = now ? rows.filter(([, next, cur]) => next !== cur) : rows;
  const title =
    changed.length === 0
      ? `Keep the entry and exit fees at ${bpsText(e)} and ${bpsText(x)}`
      : sentence(changed.map(([w, n, c]) => change(w, n, c)));
  const stays = now ? rows.filter((r) => !changed.includes(r)).map(([w, n]) => `The ${w} stays at ${bpsText(n)}.`) : [];
  const cap = ctx.caps.entryExitBps;
  return {
    title,
    details: [
      ...stays,
      "Paid to the fund, not the manager, by investors who join or leave in cash; the in-kind exit pays none.",
    ],
    warnings: rows
      .filter(([, n]) => n > cap)
      .map(([w, n]) => `An ${w} of ${bpsText(n)} is above its ${bpsText(cap)} cap: execution would fail.`),
  };
}

/** Why delisting `token` would fail now, if it would. */
function delistWarnings(ctx: DescribeContext, token: Address, sym: string): string[] {
  const cur = ctx.current;
  if (!cur) return [];
  if (key(token) === key(cur.denomination))
    return [`${sym} is the fund's own currency: it can never be delisted, and execution would fail.`];
  if (!cur.guidelines.has(key(token))) return [`${sym} is not listed by the fund: execution would fail.`];
  const held = cur.held.get(key(token)) ?? 0n;
  const pairs = cur.approvedPairs.filter((p) => {
    const x = ctx.pairs.get(p);
    return x && (key(x.token0) === key(token) || key(x.token1) === key(token));
  });
  return [
    ...(held > 0n
      ? [`The fund still holds ${tokenText(ctx, token, held)}: execution would fail unless it is sold first.`]
      : []),
    ...pairs.map(
      (p) => `The approved ${pairText(ctx, p)} pair trades it: execution would fail unless the pair is removed first.`,
    ),
  ];
}

function describeFund(ctx: DescribeContext, a: RoleCall<"fund">): ActionText | undefined {
  const cur = ctx.current;
  const none = { details: [], warnings: [] };
  switch (a.functionName) {
    case "setGuideline": {
      const [token, allowed, bps] = a.args;
      const sym = tokenText(ctx, token);
      const g = cur?.guidelines.get(key(token));
      const warnings = [
        ...(cur && !g ? [`${sym} is not listed by the fund: execution would fail.`] : []),
        ...(bps > 10_000 ? [`${bpsText(bps)} is above 100%: execution would fail.`] : []),
      ];
      if (!allowed)
        return {
          title: `Stop the manager buying ${sym}`,
          details: [`Its maximum weight becomes ${bpsText(bps)}.`],
          warnings,
        };
      if (g && !g.allowed)
        return {
          title: `Allow the manager to buy ${sym} again, up to ${bpsText(bps)} of the fund`,
          details: [],
          warnings,
        };
      return { title: change(`maximum weight of ${sym}`, bps, g?.maxWeightBps), details: [], warnings };
    }
    case "setFees":
      return describeFees(ctx, a.args);
    case "setMaxLpBps":
      return { title: change("maximum share in LP positions", a.args[0], cur?.maxLpBps), ...none };
    case "setEntryExitFees":
      return describeEntryExit(ctx, a.args);
    case "setMaxSlippage": {
      const [bps] = a.args;
      return {
        title: change("manager's slippage limit", bps, cur?.maxSlippageBps),
        details: ["A trade or liquidity change may lose at most this share of what it gives, valued at oracle prices."],
        warnings:
          bps > ctx.caps.slippageBps
            ? [`${bpsText(bps)} is above the ${bpsText(ctx.caps.slippageBps)} cap: execution would fail.`]
            : [],
      };
    }
    case "setMinCash": {
      const [bps] = a.args;
      return {
        title: change("minimum cash", bps, cur?.minCashBps),
        details: [
          "A trade that spends the fund's own currency must leave at least this share of the fund's value in " +
            "it, for cash redemptions.",
        ],
        warnings: bps > 10_000 ? [`${bpsText(bps)} is above 100%: execution would fail.`] : [],
      };
    }
    case "removeAsset": {
      const [token] = a.args;
      const sym = tokenText(ctx, token);
      return {
        title: `Delist ${sym}`,
        details: [
          `The manager can no longer buy ${sym}, and its price feed no longer counts for the fund's deposits ` +
            `and exits.`,
        ],
        warnings: delistWarnings(ctx, token, sym),
      };
    }
    case "removePair": {
      const [pair] = a.args;
      const lp = cur?.approvedPairs.includes(key(pair));
      return {
        title: `Remove the ${pairText(ctx, pair)} pair`,
        details: ["The manager can no longer trade through it or add liquidity to it."],
        warnings:
          cur && !lp ? [`The ${pairText(ctx, pair)} pair is not approved for the fund: execution would fail.`] : [],
      };
    }
    case "setManager": {
      const [manager, mechanism] = a.args;
      const who =
        key(manager) === key(ctx.set.timelock)
          ? "the fund's timelock (proposals decide its trades)"
          : shortAddress(manager);
      const now = cur
        ? [
            `Now: ${key(cur.manager) === key(ctx.set.timelock) ? "the timelock" : shortAddress(cur.manager)}, ` +
              `as ${MECHANISM_LABEL[cur.mechanism] ?? "unknown"}.`,
          ]
        : [];
      const mismatch = (mechanism === 0) !== (key(manager) === key(ctx.set.timelock));
      return {
        title: `Make ${who} the manager, decided by ${MECHANISM_LABEL[mechanism] ?? `mechanism ${mechanism}`}`,
        details: now,
        warnings: mismatch
          ? ["The mechanism says governance only when the manager is the fund's timelock: check the pair."]
          : [],
      };
    }
    case "addAsset": {
      const [token, feed, heartbeat, bps] = a.args;
      return {
        title: `List ${tokenText(ctx, token)}, up to ${bpsText(bps)} of the fund`,
        details: [`Priced by feed ${shortAddress(feed)}, stale after ${durationText(heartbeat)}.`],
        warnings: [],
      };
    }
    case "setFeed": {
      const [token, feed, heartbeat] = a.args;
      return {
        title: `Price ${tokenText(ctx, token)} with feed ${shortAddress(feed)}`,
        details: [`Stale after ${durationText(heartbeat)}.`],
        warnings: [],
      };
    }
    case "addPair":
      return { title: `Approve the ${pairText(ctx, a.args[0])} pair for trades and LP positions`, ...none };
    case "setVault": {
      const [vault, guard, bps, allowed] = a.args;
      return {
        title: `${allowed ? "Allow" : "List, without new deposits,"} the yield vault ${tokenText(ctx, vault)}`,
        details: [
          "Its shares are valued at the vault's exchange rate and the asset's oracle price, and count toward that " +
            "asset's weight. The fund never borrows.",
          `Priced entries, exits and trades stop while the vault's rate is more than ${bpsText(Number(bps))} from ` +
            `the rate its guard ${shortAddress(String(guard))} accepted; the in-kind exit stays open.`,
        ],
        warnings: [],
      };
    }
    case "vaultMove": {
      const [vault, amount, minOut, into] = a.args;
      return {
        title: into
          ? `Deposit ${
              ctx.vaultAssets?.has(key(vault))
                ? tokenText(ctx, ctx.vaultAssets.get(key(vault)), amount)
                : `${amount} base units of the asset`
            } into the vault ${tokenText(ctx, vault)}`
          : `Redeem ${tokenText(ctx, vault, amount)} from the vault`,
        details: minOut > 0n ? [`For at least ${minOut} base units.`] : [],
        warnings: [],
      };
    }
    case "swap": {
      const [pair, tokenIn, amountIn, minOut] = a.args;
      const p = ctx.pairs.get(key(pair));
      const out = p && (key(p.token0) === key(tokenIn) ? p.token1 : p.token0);
      const warnings =
        p && key(p.token0) !== key(tokenIn) && key(p.token1) !== key(tokenIn)
          ? [`${tokenText(ctx, tokenIn)} is not in the ${pairText(ctx, pair)} pair: execution would fail.`]
          : [];
      const outText = out ? tokenText(ctx, out, minOut) : `${minOut} base units`;
      return {
        title: `Swap ${tokenText(ctx, tokenIn, amountIn)} for at least ${outText}`,
        details: [`Through the ${pairText(ctx, pair)} pool.`],
        warnings,
      };
    }
    case "addLiquidity": {
      const [pair, a0, a1] = a.args;
      const p = ctx.pairs.get(key(pair));
      const what = p
        ? `${tokenText(ctx, p.token0, a0)} and ${tokenText(ctx, p.token1, a1)}`
        : `${a0} and ${a1} base units`;
      return { title: `Add up to ${what} to the ${pairText(ctx, pair)} pool`, ...none };
    }
    case "removeLiquidity": {
      const [pair, liquidity, min0, min1] = a.args;
      const p = ctx.pairs.get(key(pair));
      const mins = p
        ? `${tokenText(ctx, p.token0, min0)} and ${tokenText(ctx, p.token1, min1)}`
        : `${min0} and ${min1} base units`;
      return {
        title: `Withdraw ${amount(liquidity, 18)} LP tokens from the ${pairText(ctx, pair)} pool for at least ${mins}`,
        ...none,
      };
    }
    case "distribute": {
      const [value, snapshot] = a.args;
      const denom = ctx.denomination ?? cur?.denomination;
      return distributeText(value, snapshot, denom ? ctx.tokens.get(key(denom)) : undefined);
    }
    case "impairPrimary": {
      const [token, wad] = a.args;
      const meta = ctx.tokens.get(key(token));
      const denom = ctx.denomination ?? cur?.denomination;
      const currency = denom ? ctx.tokens.get(key(denom)) : undefined;
      if (!meta || !currency)
        return { title: `Mark ${tokenText(ctx, token)} down to ${wad} (asset units per token unit × 1e18)`, ...none };
      return impairText(meta.symbol, wad, currency, meta.decimals, cur?.primaries?.get(key(token)));
    }
    case "buyback": {
      const [cash, minShares] = a.args;
      const denom = ctx.denomination ?? cur?.denomination;
      const currency = denom ? ctx.tokens.get(key(denom)) : undefined;
      const manages = !cur || key(cur.manager) === key(ctx.set.timelock);
      return {
        title: `Buy back the fund's shares for ${denom ? tokenText(ctx, denom, cash) : `${cash} base units`} and burn them`,
        details: [
          "In the fund's own pool of its share and its currency, only while the pool's price is below the intrinsic " +
            "value per share and at an average price below it: the NAV per share of the remaining shares can only rise.",
          minShares > 0n && currency
            ? `For at least ${amount(minShares, currency.decimals + 6)} shares.`
            : "With no minimum of shares: the fund's own bound (never at or above NAV) protects it from a moved pool.",
          "Within the fund's buyback limit, and not below its minimum cash.",
        ],
        warnings: manages
          ? []
          : ["Governance is not this fund's manager: only the manager may buy back, so execution would fail."],
      };
    }
    case "setBuybackLimit": {
      const [bps] = a.args;
      return {
        title:
          bps === 0
            ? "Stop buybacks (buyback limit 0)"
            : change("buyback limit", bps, undefined).concat(" of the supply"),
        details: [
          "Of the share supply per 30 days, as a budget that refills day by day: splitting a buyback into several " +
            "buys no more than one would.",
        ],
        warnings: bps > 10_000 ? [`${bpsText(bps)} is above 100%: execution would fail.`] : [],
      };
    }
    case "approveVamDeal": {
      const [deal] = a.args;
      const d = ctx.deals.get(key(deal));
      if (!d) {
        const title = `Approve VAM deal ${shortAddress(deal)}`;
        return { title, details: [], warnings: ["The deal's terms could not be read."] };
      }
      const tvl = `${compact.format(formatUnits(d.target, d.tvlDecimals) as Intl.StringNumericLiteral)} USD`;
      return {
        title:
          `Approve VAM deal: pay ${tokenText(ctx, d.asset, d.n1)} now and ` +
          `${tokenText(ctx, d.asset, d.n2)} if TVL ≥ ${tvl} for ${daysText(d.duration)} within ${daysText(d.window)}`,
        details: [
          `The fund receives ${tokenText(ctx, d.projectToken, d.p1)} now and ` +
            `${tokenText(ctx, d.projectToken, d.p2)} with the second tranche.`,
          `Both tranches are escrowed (${tokenText(ctx, d.asset, d.n1 + d.n2)} from the fund); without the ` +
            `condition the second is refunded at the end of the window.`,
        ],
        warnings: [],
      };
    }
  }
  return undefined;
}

function describeRewards(ctx: DescribeContext, a: RoleCall<"rewards">): ActionText | undefined {
  if (a.functionName !== "award") return undefined;
  const [contributor, value, category, start, duration, memo] = a.args;
  const mt = ctx.managerToken;
  const vesting =
    duration > 0n
      ? `Vests linearly over ${daysText(BigInt(duration))} from ${dateText(BigInt(start))}.`
      : `Claimable from ${dateText(BigInt(start))}.`;
  return {
    title:
      `Award ${amount(value, mt.decimals)} manager tokens (${mt.symbol}) to ${shortAddress(contributor)} ` +
      `for ${CATEGORY_LABEL[category] ?? `category ${category}`}`,
    details: [vesting, ...(memo ? [`Memo: “${memo}”`] : [])],
    warnings: [],
  };
}

function describeSplitter(a: RoleCall<"splitter">): ActionText | undefined {
  if (a.functionName === "setRevenueMode") {
    const [buyback, pair] = a.args;
    return buyback
      ? {
          title: "Pay manager-token holders by buying back and burning manager tokens",
          details: [
            `Fee shares that arrive from now on are sold in the pool ${shortAddress(pair)} for manager tokens, which ` +
              "are burnt; anyone may start a buyback, only at a price below the waiting fee shares' value per token.",
            "Fee shares already credited to holders stay theirs to claim.",
          ],
          warnings: [],
        }
      : {
          title: "Pay manager-token holders by claims",
          details: [
            "Fee shares are credited to the holders pro rata again; those waiting for a buyback go to the holders now.",
          ],
          warnings: [],
        };
  }
  if (a.functionName !== "setExcluded") return undefined;
  const [account, excluded] = a.args;
  return excluded
    ? {
        title: `Exclude ${shortAddress(account)} from the fee distribution`,
        details: [
          "Its manager tokens earn no fee shares from now on (what it was credited stays its own); the fees " +
            "go to the other holders.",
        ],
        warnings: [],
      }
    : {
        title: `Readmit ${shortAddress(account)} to the fee distribution`,
        details: ["Its manager tokens earn fee shares again from now on."],
        warnings: [],
      };
}

function describeGovernor(ctx: DescribeContext, a: RoleCall<"governor">): ActionText | undefined {
  const none = { details: [], warnings: [] };
  switch (a.functionName) {
    case "setVotingDelay":
      return { title: `Set the voting delay to ${durationText(a.args[0])}`, ...none };
    case "setVotingPeriod":
      return { title: `Set the voting period to ${durationText(a.args[0])}`, ...none };
    case "setProposalThreshold":
      return {
        title: `Set the proposal threshold to ${amount(a.args[0], ctx.managerToken.decimals)} manager tokens`,
        ...none,
      };
    case "updateQuorumNumerator":
      return { title: `Set the quorum to ${a.args[0]}% of the manager-token supply`, ...none };
  }
  return undefined;
}

function describeTimelock(a: RoleCall<"timelock">): ActionText | undefined {
  if (a.functionName !== "updateDelay") return undefined;
  return { title: `Set the timelock delay to ${durationText(a.args[0])}`, details: [], warnings: [] };
}

function describeStrategy(ctx: DescribeContext, a: RoleCall<"strategy">): ActionText | undefined {
  if (a.functionName !== "state") return undefined;
  const [fund, text] = a.args;
  const other = fund.toLowerCase() !== ctx.set.fund.toLowerCase();
  return {
    title: other ? `Restate the strategy of another fund, ${shortAddress(fund)}` : "Restate the fund's strategy",
    details: [`The statement becomes: “${text}”`],
    warnings: other
      ? [
          "The registry lets only a fund's own owner restate it: this timelock does not own that fund, so execution would fail.",
        ]
      : [],
  };
}

function describeCall(ctx: DescribeContext, a: DecodedAction): ActionText | undefined {
  if (!a.functionName) return undefined;
  switch (a.role) {
    case "fund":
      return describeFund(ctx, a);
    case "rewards":
      return describeRewards(ctx, a);
    case "splitter":
      return describeSplitter(a);
    case "governor":
      return describeGovernor(ctx, a);
    case "timelock":
      return describeTimelock(a);
    case "strategy":
      return describeStrategy(ctx, a);
    case "committee":
      return describeCommittee(a);
  }
}

function describeCommittee(a: RoleCall<"committee">): ActionText | undefined {
  const term = (t: bigint) => `with a term ending ${formatDate(t)}`;
  switch (a.functionName) {
    case "elect":
      return {
        title: `Elect ${shortAddress(a.args[0])} to the investment committee`,
        details: [`${term(a.args[1])}.`],
        warnings: [],
      };
    case "replace":
      return {
        title: `Replace committee member ${shortAddress(a.args[0])} by ${shortAddress(a.args[1])}`,
        details: [`The new member serves ${term(a.args[2])}; the old member's approvals stop counting.`],
        warnings: [],
      };
    case "remove":
      return {
        title: `Remove ${shortAddress(a.args[0])} from the investment committee`,
        details: ["Its approvals stop counting; the threshold drops if it would exceed the members left."],
        warnings: [],
      };
    case "setThreshold":
      return { title: `Require ${a.args[0]} committee approvals for each decision`, details: [], warnings: [] };
    case "cancel":
      return { title: `Cancel committee decision #${a.args[0]}`, details: [], warnings: [] };
  }
  return undefined;
}

const ROLE_NAME = {
  fund: "the fund",
  rewards: "contribution rewards",
  governor: "the governor",
  timelock: "the timelock",
  splitter: "the fee splitter",
  strategy: "the strategy registry",
  committee: "the investment committee",
} as const;

const argText = (v: unknown): string =>
  typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v)
    ? shortAddress(v)
    : Array.isArray(v)
      ? `[${v.map(argText).join(", ")}]`
      : String(v);

/** One action in words, with anything that would make it fail. */
export function describeAction(a: DecodedAction, ctx: DescribeContext): ActionText {
  const valueNote = a.value > 0n ? [`Sends ${amount(a.value, 18)} ETH with the call.`] : [];
  let text: ActionText | undefined;
  if (a.role && a.functionName) {
    // A function without arguments decodes with none.
    const args: readonly unknown[] = a.args ?? [];
    const call = `${a.functionName}(${args.map(argText).join(", ")})`;
    text = describeCall(ctx, a) ?? { title: `Call ${call} on ${ROLE_NAME[a.role]}`, details: [], warnings: [] };
  } else if (a.calldata === "0x" && a.value > 0n) {
    return { title: `Send ${amount(a.value, 18)} ETH to ${shortAddress(a.target)}`, details: [], warnings: [] };
  } else {
    const where = a.role ? ROLE_NAME[a.role] : shortAddress(a.target);
    text = {
      title: `Call ${where} with data that is not one of Evergreen's functions`,
      details: [`Selector ${a.calldata.slice(0, 10)}.`],
      warnings: ["This action could not be decoded: read its raw calldata before voting."],
    };
  }
  return { ...text, details: [...text.details, ...valueNote] };
}
