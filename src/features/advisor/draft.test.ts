import { describe, expect, it } from "vitest";
import type { VaultMove } from "../../domain/advisor/index.ts";
import { draftOf, vaultMoveText } from "./draft.ts";

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

describe("draftOf with vault moves", () => {
  const p = { weights: [1], ret: 0.05, vol: 0.1, retSd: 0.02 };
  const redeem: VaultMove = { ...base, into: false, amount: 950n * 10n ** 18n, minOut: 990_000_000n, assets: 1n };
  const deposit: VaultMove = { ...base, into: true, amount: 1_000_000_000n, minOut: 990n * 10n ** 18n, assets: 1n };
  const d = draftOf({
    fund: "0x0000000000000000000000000000000000000001",
    calls: [
      { kind: "vault", move: redeem },
      { kind: "vault", move: deposit },
    ],
    leftOut: [],
    objective: "max-sharpe",
    current: p,
    suggestion: p,
    days: 90,
    block: 7n,
    slippageBps: 100n,
    maxSlippageBps: 100n,
    token,
    assetToken: () => base.asset,
  });

  it("carries each move as a vaultMove call, in order", () => {
    expect(d.calls).toEqual([
      {
        kind: "vault",
        vault: base.vault,
        asset: base.asset,
        amount: redeem.amount,
        minOut: redeem.minOut,
        into: false,
      },
      {
        kind: "vault",
        vault: base.vault,
        asset: base.asset,
        amount: deposit.amount,
        minOut: deposit.minOut,
        into: true,
      },
    ]);
  });

  it("says each call in words, in order, with what the vaults' rates risk", () => {
    expect(d.description).toContain("1. Redeem 950 sUSDC from the sUSDC vault for at least 990 USDC\n");
    expect(d.description).toContain("2. Deposit 1,000 USDC into the sUSDC vault for at least 990 sUSDC\n");
    expect(d.description).toContain("- Vault moves are priced at the rate each vault's guard accepted last.");
    expect(d.description).toContain("and the vaults' accepted rates at block 7. Redeems come first");
  });
});
