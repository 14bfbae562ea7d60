import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { position, unrealised, type PositionEvent } from "./pnl.ts";

describe("position", () => {
  it("adds deposits to the shares and the cost basis", () => {
    const p = position([
      { kind: "deposit", shares: 100n, assets: 1_000n },
      { kind: "deposit", shares: 50n, assets: 600n },
    ]);
    expect(p).toEqual({ shares: 150n, costBasis: 1_600n, realised: 0n, deposited: 1_600n, withdrawn: 0n });
    expect(unrealised(p, 1_800n)).toBe(200n);
    expect(unrealised(p, 1_500n)).toBe(-100n);
  });
  it("realises the gain on a redemption at the average cost", () => {
    const p = position([
      { kind: "deposit", shares: 100n, assets: 1_000n },
      { kind: "deposit", shares: 100n, assets: 3_000n },
      { kind: "withdraw", shares: 50n, assets: 1_500n },
    ]);
    // average cost 20 per share: 50 shares cost 1,000 and sold for 1,500
    expect(p).toMatchObject({ shares: 150n, costBasis: 3_000n, realised: 500n, withdrawn: 1_500n });
  });
  it("realises a loss as a negative amount", () => {
    const p = position([
      { kind: "deposit", shares: 10n, assets: 100n },
      { kind: "withdraw", shares: 10n, assets: 90n },
    ]);
    expect(p).toMatchObject({ shares: 0n, costBasis: 0n, realised: -10n });
  });
  it("carries cost across transfers without realising anything", () => {
    const p = position([
      { kind: "deposit", shares: 100n, assets: 1_000n },
      { kind: "transfer-out", shares: 25n },
      { kind: "transfer-in", shares: 10n, value: 130n },
    ]);
    expect(p).toMatchObject({ shares: 85n, costBasis: 880n, realised: 0n });
  });
  it("never goes negative on a history that starts mid-way", () => {
    const p = position([{ kind: "withdraw", shares: 10n, assets: 100n }]);
    expect(p).toMatchObject({ shares: 0n, costBasis: 0n, realised: 100n });
  });
  it("conserves money: realised + unrealised = out + value − in", () => {
    const event = fc.oneof(
      fc.record({
        kind: fc.constant("deposit" as const),
        shares: fc.bigInt({ min: 1n, max: 10n ** 24n }),
        assets: fc.bigInt({ min: 0n, max: 10n ** 20n }),
      }),
      fc.record({
        kind: fc.constant("withdraw" as const),
        shares: fc.bigInt({ min: 1n, max: 10n ** 24n }),
        assets: fc.bigInt({ min: 0n, max: 10n ** 20n }),
      }),
      fc.record({
        kind: fc.constant("transfer-in" as const),
        shares: fc.bigInt({ min: 1n, max: 10n ** 24n }),
        value: fc.bigInt({ min: 0n, max: 10n ** 20n }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.bigInt({ min: 0n, max: 10n ** 21n }),
        (events: PositionEvent[], value) => {
          const p = position(events);
          const paid = events.reduce(
            (s, e) => s + (e.kind === "deposit" ? e.assets : e.kind === "transfer-in" ? e.value : 0n),
            0n,
          );
          expect(p.realised + unrealised(p, value)).toBe(p.withdrawn + value - paid);
          expect(p.shares >= 0n && p.costBasis >= 0n).toBe(true);
        },
      ),
    );
  });
});
