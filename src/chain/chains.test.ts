import { describe, expect, it } from "vitest";
import { appChains } from "./chains.ts";

describe("appChains", () => {
  // The production build leaves out viem's deployless Multicall3 (scripts/viemDeployless.ts).
  it("name a deployed Multicall3 on every chain, so that batched reads never go deployless", () => {
    for (const { chain } of appChains) expect(chain.contracts?.multicall3?.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });
});
