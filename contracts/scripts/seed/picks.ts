// KOL recommendations over the seeded year: five accounts, each with picks that went well and
// picks that did not, several bought by a fund soon after (acted on), one on a VAM deal the
// venture fund then approved, one with its thesis kept off chain behind a content hash.
import { keccak256, toBytes, zeroAddress, zeroHash, type Address } from "viem";
import type { Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import type { Schedule } from "./schedule.ts";

const HOUR = 3_600n;
const Kind = { Asset: 0, Deal: 1 } as const;
const Dir = { Long: 0, Short: 1 } as const;

/** One pick: the KOL (index into ctx.kols), the day, the asset (or "deal:<key>") and the fund judging it. */
interface PickPlan {
  kol: number;
  day: number;
  subject: string;
  fund: string;
  short?: boolean;
  thesis: string;
  /** A longer thesis kept off chain: published as its hash and link instead of text. */
  offChain?: string;
}

export const PICKS: PickPlan[] = [
  {
    kol: 0,
    day: 1,
    subject: "WETH",
    fund: "defi",
    thesis: "ETH is the collateral of DeFi; the fund should own it first.",
  },
  { kol: 1, day: 1, subject: "AAVE", fund: "defi", thesis: "Aave's deposits keep growing after the v3 migration." },
  { kol: 0, day: 2, subject: "UNI", fund: "defi", thesis: "Fee switch talk will re-rate UNI within months." },
  {
    kol: 2,
    day: 10,
    subject: "deal:exercised",
    fund: "ventures",
    thesis: "Helix reaches its TVL target: join the deal.",
  },
  {
    kol: 4,
    day: 20,
    subject: "WETH",
    fund: "ether",
    short: true,
    thesis: "ETH loses share to faster chains this year.",
  },
  { kol: 2, day: 60, subject: "WBTC", fund: "algo", thesis: "BTC trends up into the halving year." },
  { kol: 3, day: 100, subject: "WETH", fund: "ventures", thesis: "A liquid ETH reserve pays while deals wait." },
  { kol: 3, day: 150, subject: "WBTC", fund: "algo", short: true, thesis: "Leverage is stretched: expect a flush." },
  {
    kol: 0,
    day: 170,
    subject: "UNI",
    fund: "defi",
    short: true,
    thesis: "Governance tokens fall first in a drawdown.",
  },
  { kol: 1, day: 200, subject: "LINK", fund: "defi", thesis: "Oracles are the picks and shovels of every chain." },
  { kol: 4, day: 240, subject: "UNI", fund: "defi", thesis: "UNI has bottomed; volumes are back." },
  { kol: 1, day: 250, subject: "WETH", fund: "algo", short: true, thesis: "ETH/BTC keeps bleeding into year end." },
  { kol: 3, day: 300, subject: "LINK", fund: "defi", thesis: "Staking v2 locks supply." },
  {
    kol: 4,
    day: 330,
    subject: "AAVE",
    fund: "defi",
    thesis: "",
    offChain: "Aave: the GHO peg holds and the safety module is rebuilt; full thesis with numbers.",
  },
];

/** Schedules every pick at its day (mid-morning, after the day's prices); `dealOf` finds a seeded deal by key. */
export function schedulePicks(
  ctx: Ctx,
  s: Schedule,
  day: (d: number) => bigint,
  funds: Record<string, SeededFund>,
  dealOf: (key: string) => { deal: { address: Address } },
) {
  PICKS.forEach((p, i) =>
    s.at(day(p.day) + 3n * HOUR + BigInt(i) * 60n, `pick ${i} (${p.subject})`, async () => {
      const deal = p.subject.startsWith("deal:");
      const input = {
        kind: deal ? Kind.Deal : Kind.Asset,
        direction: p.short ? Dir.Short : Dir.Long,
        subject: deal ? dealOf(p.subject.slice(5)).deal.address : ctx.tokens[p.subject].address,
        fund: deal ? zeroAddress : funds[p.fund].fund.address,
        contentHash: p.offChain ? keccak256(toBytes(p.offChain)) : zeroHash,
        thesis: p.thesis,
        uri: p.offChain ? `ipfs://evergreen-kol-${i}/thesis.md` : "",
      };
      await ctx.picks.write.publish([input], { account: ctx.kols[p.kol].account });
    }),
  );
}
