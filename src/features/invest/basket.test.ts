import { getAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { basketLines, partText } from "./basket.ts";

const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const [USDC, WETH, PAIR, TDL, DEAL] = [addr(1), addr(2), addr(3), addr(4), addr(5)];
const names = {
  tokens: new Map([
    [USDC.toLowerCase(), { symbol: "USDC", decimals: 6 }],
    [WETH.toLowerCase(), { symbol: "WETH", decimals: 18 }],
    [TDL.toLowerCase(), { symbol: "TDL", decimals: 18 }],
  ]),
  pairs: [{ pair: PAIR, token0: USDC, token1: WETH }],
  deals: [{ deal: DEAL, projectToken: TDL }],
};

describe("the in-kind basket", () => {
  it("names every slice by its token, pair or deal, in the fund's order, and leaves out zero slices", () => {
    const lines = basketLines(
      [[USDC, WETH, PAIR, TDL], [1_500_000n, 0n, 10n ** 15n, 7n], [DEAL], [25n * 10n ** 14n]],
      names,
    );
    expect(lines.map((l) => [l.kind, l.label])).toEqual([
      ["token", "USDC"],
      ["lp", "USDC/WETH LP"],
      ["token", "TDL"],
      ["deal", "VAM deal 0x0000…0005"],
    ]);
    expect(lines[0]).toMatchObject({ amount: 1_500_000n, decimals: 6, symbol: "USDC" });
    expect(lines[1]).toMatchObject({ amount: 10n ** 15n, decimals: 18 });
    expect(lines[3]).toMatchObject({ part: 25n * 10n ** 14n, projectSymbol: "TDL" });
  });

  it("an unknown token keeps its address rather than a guessed name", () => {
    const [line] = basketLines([[addr(99)], [5n], [], []], names);
    expect(line).toMatchObject({ kind: "token", label: "0x0000…0063", amount: 5n });
  });

  it("deal parts read as percentages of the second leg", () => {
    expect(partText(25n * 10n ** 14n)).toBe("0.25%");
    expect(partText(10n ** 18n)).toBe("100.00%");
    // A small part keeps its digits, never rounded up.
    expect(partText(123_456_789n * 10n ** 6n)).toBe("0.012345%");
  });
});
