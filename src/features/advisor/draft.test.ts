import { describe, expect, it } from "vitest";
import type { VaultMove } from "../../domain/advisor/index.ts";
import { vaultMoveText } from "./draft.ts";

const tokens: Record<string, { symbol: string; decimals: number }> = {
  "0x00000000000000000000000000000000000000a1": { symbol: "sUSDC", decimals: 18 },
  "0x00000000000000000000000000000000000000b2": { symbol: "USDC", decimals: 6 },
};
const token = (a: string) => tokens[a];
const base = {
  vault: "0x00000000000000000000000000000000000000a1",
  asset: "0x00000000000000000000000000000000000000b2",
} as const;

describe("vaultMoveText", () => {
  it("says a deposit with the asset in and the shares out", () => {
    const m: VaultMove = { ...base, into: true, amount: 1_000_000_000n, minOut: 990n * 10n ** 18n, assets: 1n };
    const text = vaultMoveText(m, token);
    expect(text).toBe("Deposit 1,000 USDC into the sUSDC vault for at least 990 sUSDC");
  });

  it("says a redeem with the shares in and the asset out", () => {
    const m: VaultMove = { ...base, into: false, amount: 950n * 10n ** 18n, minOut: 990_000_000n, assets: 1n };
    expect(vaultMoveText(m, token)).toBe("Redeem 950 sUSDC from the sUSDC vault for at least 990 USDC");
  });
});
