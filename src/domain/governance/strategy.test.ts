import { decodeFunctionData, getAddress, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import { parseDescription, proposalTitle } from "./description.ts";
import { buildStrategy, strategyDescription, strategyTextError } from "./strategy.ts";

const abi = parseAbi(["function state(address fund, string text)"]);
const env = {
  set: { fund: "0x00000000000000000000000000000000000000f0" as const },
  registry: { address: "0x00000000000000000000000000000000000000a0" as const, abi },
};

describe("buildStrategy", () => {
  it("encodes state(fund, text) on the registry with the text trimmed and its line ends as \\n", () => {
    const r = buildStrategy({ text: "  Holds WETH.\r\n\r\nRebalances weekly.  " }, env);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.actions[0].target).toBe(env.registry.address);
    expect(decodeFunctionData({ abi, data: r.actions[0].calldata }).args).toEqual([
      getAddress(env.set.fund),
      "Holds WETH.\n\nRebalances weekly.",
    ]);
  });

  it("refuses empty text and text over 1,200 bytes, counted in UTF-8 as the contract does", () => {
    expect(buildStrategy({ text: " \n " }, env)).toEqual({
      ok: false,
      errors: { text: "Write the strategy: the statement cannot be empty." },
    });
    expect(strategyTextError("x".repeat(1_200))).toBeUndefined();
    expect(strategyTextError("€".repeat(400))).toBeUndefined();
    expect(strategyTextError("€".repeat(401))).toMatch(/^1,203 bytes: at most 1,200/);
    expect(strategyTextError("x".repeat(1_201))).toMatch(/^1,201 bytes/);
  });

  it("says so where the chain has no registry", () => {
    expect(buildStrategy({ text: "x" }, { set: env.set })).toMatchObject({
      ok: false,
      errors: { form: expect.any(String) },
    });
  });
});

describe("strategyDescription", () => {
  it("titles the proposal and quotes every paragraph of the new text", () => {
    const d = strategyDescription("Restate the strategy", "Because WETH is capped lower now.", "First.\n\nSecond.");
    expect(d).toBe(
      "# Restate the strategy\n\nBecause WETH is capped lower now.\n\nThe fund's strategy becomes:\n\n“First.\n\nSecond.”",
    );
    expect(proposalTitle(d)).toBe("Restate the strategy");
    expect(parseDescription(d).map((b) => b.kind)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });
});
