import { describe, expect, it } from "vitest";
import { layerViolations } from "./layers.ts";

const check = (path: string, ...imports: string[]) =>
  layerViolations(path, imports.map((s) => `import { x } from "${s}";`).join("\n"));

describe("layerViolations", () => {
  it("lets a layer import itself and the layers below it", () => {
    expect(
      check(
        "src/features/fund/Page.tsx",
        "./Header.tsx",
        "../../components/Card.tsx",
        "../../chain/index.ts",
        "../../domain/valuation/index.ts",
        "../../lib/format.ts",
      ),
    ).toEqual([]);
    expect(check("src/components/stalePrices.ts", "../chain/readFundRaw.ts")).toEqual([]);
    expect(check("src/app/App.tsx", "../features/fund/index.ts")).toEqual([]);
  });
  it("refuses an import upwards, naming both layers", () => {
    expect(check("src/lib/units.ts", "../domain/valuation/index.ts")).toEqual([
      "src/lib/units.ts: lib imports ../domain/valuation/index.ts (domain), a layer above it",
    ]);
    expect(check("src/chain/x.ts", "../components/Card.tsx")).toHaveLength(1);
    expect(check("src/domain/a/b.ts", "../../features/fund/index.ts")).toHaveLength(1);
  });
  it("refuses a feature importing another, and the app reaching past a feature's index", () => {
    expect(check("src/features/governance/chain/read.ts", "../../discover/rows.ts")).toHaveLength(1);
    expect(check("src/features/governance/chain/read.ts", "../queries.ts")).toEqual([]);
    expect(check("src/app/App.tsx", "../features/fund/FundPage.tsx")).toHaveLength(1);
  });
  it("keeps React and RPC clients out of domain, RPC clients out of lib, dynamic imports included", () => {
    expect(check("src/domain/x.ts", "react")).toHaveLength(1);
    expect(layerViolations("src/lib/y.ts", 'const m = import("wagmi");')).toHaveLength(1);
    expect(check("src/lib/theme.ts", "react")).toEqual([]);
    expect(check("src/domain/x.ts", "viem")).toEqual([]);
  });
  it("lets any layer type its data by the generated deployment modules, but not import their values", () => {
    const typed = 'import type { abis } from "../../chain/deployments/abis.ts";';
    expect(layerViolations("src/domain/governance/decode.ts", typed)).toEqual([]);
    expect(check("src/domain/governance/decode.ts", "../../chain/deployments/abis.ts")).toHaveLength(1);
  });
  it("lets tests build inputs from chain's generated ABIs", () => {
    expect(check("src/domain/governance/rules.test.ts", "../../chain/contracts.ts")).toEqual([]);
  });
});
