import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { contractReadsKey, invalidateQueries } from "./invalidate.ts";

const fund = "0x00000000000000000000000000000000000000f1";
const other = "0x00000000000000000000000000000000000000f2";

function seeded() {
  const qc = new QueryClient();
  // The shape of wagmi's readContract keys.
  qc.setQueryData(["readContract", { address: fund, chainId: 31337, functionName: "totalAssets" }], 1n);
  qc.setQueryData(["readContract", { address: fund, chainId: 31337, functionName: "balanceOf", args: [other] }], 2n);
  qc.setQueryData(["readContract", { address: other, chainId: 31337, functionName: "totalAssets" }], 3n);
  qc.setQueryData(["navHistory", fund], []);
  return qc;
}

const stale = (qc: QueryClient) =>
  qc.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => q.queryKey);

describe("invalidateQueries", () => {
  it("marks every read of one contract stale and leaves the others", async () => {
    const qc = seeded();
    await invalidateQueries(qc, [contractReadsKey(fund)]);
    expect(stale(qc)).toHaveLength(2);
    expect(stale(qc).every((k) => (k[1] as { address: string }).address === fund)).toBe(true);
  });

  it("takes any number of keys, also the app's own", async () => {
    const qc = seeded();
    await invalidateQueries(qc, [contractReadsKey(other), ["navHistory", fund]]);
    expect(stale(qc)).toEqual([
      ["readContract", { address: other, chainId: 31337, functionName: "totalAssets" }],
      ["navHistory", fund],
    ]);
  });
});
