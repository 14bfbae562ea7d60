import { describe, expect, it } from "vitest";
import {
  discountPpm,
  managerBuybacks,
  managerBuybackTotals,
  poolPricePerToken,
  pricePerToken,
  sharesInAsset,
  valuePerToken,
} from "./managerBuyback.ts";

const E18 = 10n ** 18n;
const SHARE = 10n ** 12n; // a USDC fund's share unit: 6 + 6 decimals
const PAIR = "0x00000000000000000000000000000000000000aa";
const TOKEN = "0x00000000000000000000000000000000000000bb";

describe("manager-token buyback math", () => {
  it("values the waiting shares per whole manager token over the whole supply", () => {
    // 1 000 shares waiting over 1 000 000 tokens: a thousandth of a share a token.
    expect(valuePerToken(1_000n * SHARE, 1_000_000n * E18, 18)).toBe(SHARE / 1_000n);
    expect(valuePerToken(5n, 0n, 18)).toBeUndefined();
  });

  it("prices a buyback in shares per whole token, rounded down", () => {
    expect(pricePerToken(10n * SHARE, 3n * E18, 18)).toBe(3_333_333_333_333n);
    expect(pricePerToken(1n, 0n, 18)).toBeUndefined();
  });

  it("reads the pool's mid price whichever side the manager token is", () => {
    const r = { reserve0: 200_000n * E18, reserve1: 140n * SHARE };
    expect(poolPricePerToken({ token0: TOKEN, ...r }, TOKEN, 18)).toBe((SHARE * 7n) / 10_000n);
    const flipped = { token0: PAIR, reserve0: 140n * SHARE, reserve1: 200_000n * E18 };
    expect(poolPricePerToken(flipped, TOKEN.toUpperCase().replace("0X", "0x"), 18)).toBe((SHARE * 7n) / 10_000n);
    expect(poolPricePerToken({ token0: TOKEN, reserve0: 0n, reserve1: 1n }, TOKEN, 18)).toBeUndefined();
  });

  it("gives the discount to the value in ppm, negative below it", () => {
    expect(discountPpm(700n, 1_000n)).toBe(-300_000n);
    expect(discountPpm(1_000n, 1_000n)).toBe(0n);
    expect(discountPpm(undefined, 1_000n)).toBeUndefined();
    expect(discountPpm(5n, 0n)).toBeUndefined();
  });

  it("rebuilds each buyback's bound from the splitter's state after its block, newest first", () => {
    const log = (blockNumber: bigint, logIndex: number, shares: bigint, tokens: bigint) => ({
      blockNumber,
      logIndex,
      transactionHash: "0xabc",
      args: { pair: PAIR, shares, tokens },
    });
    const logs = [
      log(10n, 1, 10n * SHARE, 13_000n * E18),
      // Two in one block: the earlier one saw the later one's shares and tokens still there.
      log(20n, 4, 12n * SHARE, 14_000n * E18),
      log(20n, 7, 11n * SHARE, 12_000n * E18),
    ];
    const after = new Map([
      [10n, { pending: 990n * SHARE, supply: 987_000n * E18 }],
      [20n, { pending: 1_500n * SHARE, supply: 961_000n * E18 }],
    ]);
    const times = new Map([
      [10n, 1_000n],
      [20n, 2_000n],
    ]);
    const rows = managerBuybacks(logs, times, after, 18);
    expect(rows.map((r) => [r.blockNumber, r.logIndex, r.t])).toEqual([
      [20n, 7, 2_000n],
      [20n, 4, 2_000n],
      [10n, 1, 1_000n],
    ]);
    expect(rows[0].value).toBe(valuePerToken(1_511n * SHARE, 973_000n * E18, 18));
    expect(rows[1].value).toBe(valuePerToken(1_523n * SHARE, 987_000n * E18, 18));
    expect(rows[2].value).toBe(valuePerToken(1_000n * SHARE, 1_000_000n * E18, 18));
    // 10 shares for 13 000 tokens against a thousandth of a share a token: 23 % below.
    expect(rows[2].price).toBe(pricePerToken(10n * SHARE, 13_000n * E18, 18));
    expect(rows[2].discountPpm).toBe(-230_770n);
    expect(rows.every((r) => r.discountPpm! < 0n)).toBe(true);
  });

  it("leaves the bound unknown when the state after the block was not read", () => {
    const [row] = managerBuybacks(
      [{ blockNumber: 3n, logIndex: 0, args: { pair: PAIR, shares: 1n, tokens: 2n } }],
      new Map(),
      new Map(),
      18,
    );
    expect(row).toMatchObject({ t: 0n, value: undefined, discountPpm: undefined });
  });

  it("values shares in the fund's asset at a NAV per whole share", () => {
    // 2.5 shares at 1.2 USDC a share.
    expect(sharesInAsset((5n * SHARE) / 2n, 1_200_000n, 12)).toBe(3_000_000n);
  });

  it("totals the shares sold and the tokens burnt", () => {
    expect(
      managerBuybackTotals([
        { shares: 3n, tokens: 5n },
        { shares: 4n, tokens: 6n },
      ]),
    ).toEqual({ count: 2, shares: 7n, tokens: 11n });
  });
});
