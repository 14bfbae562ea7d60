import { decodeFunctionData, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { buildDistribute, distributeText } from "./distribute.ts";

const fundAbi = abiOf("Fund");
const FUND: Address = "0x0000000000000000000000000000000000000001";
const set = { fund: FUND } as never;
const env = {
  set,
  abis: { fund: fundAbi },
  currency: { symbol: "USDC", decimals: 6 },
  cash: 1_000_000_000n, // 1,000 USDC
  snapshot: 1_700_000_000n,
};

describe("distribute template", () => {
  it("encodes the amount and the snapshot", () => {
    const r = buildDistribute({ amount: "250.5" }, env);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const call = decodeFunctionData({ abi: fundAbi, data: r.actions[0].calldata });
    expect(call.functionName).toBe("distribute");
    expect(call.args).toEqual([250_500_000n, 1_700_000_000n]);
    expect(r.actions[0].target).toBe(FUND);
  });

  it("says at the field what is wrong", () => {
    expect(buildDistribute({ amount: "" }, env)).toEqual({ ok: false, errors: { amount: "Enter an amount." } });
    expect(buildDistribute({ amount: "0" }, env)).toMatchObject({ ok: false, errors: { amount: /above zero/ } });
    expect(buildDistribute({ amount: "1.1234567" }, env)).toMatchObject({
      ok: false,
      errors: { amount: /6 decimals/ },
    });
    expect(buildDistribute({ amount: "1000.000001" }, env)).toMatchObject({
      ok: false,
      errors: { amount: /holds 1,000 USDC in cash/ },
    });
  });

  it("words the call", () => {
    const t = distributeText(25_000_000_000n, 1_700_000_000n, { symbol: "USDC", decimals: 6 });
    expect(t.title).toMatch(/^Distribute 25,000 USDC to the investors, pro rata to their shares at /);
    expect(t.details[0]).toMatch(/NAV falls by exactly that amount/);
  });
});
