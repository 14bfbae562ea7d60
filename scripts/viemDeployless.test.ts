import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { withoutBytecodes } from "./viemDeployless.ts";

const viemConstants = () => {
  const pkg = createRequire(import.meta.url).resolve("viem/package.json");
  return readFileSync(pkg.replace(/package\.json$/, "_esm/constants/contracts.js"), "utf8");
};

describe("withoutBytecodes", () => {
  it("empties every bytecode of viem's constants and leaves their names", () => {
    const source = viemConstants();
    const names = [...source.matchAll(/export const (\w+) = '0x[0-9a-fA-F]+'/g)].map((m) => m[1]);
    expect(names).toContain("multicall3Bytecode");
    const out = withoutBytecodes(source);
    for (const name of names) expect(out).toContain(`export const ${name} = '0x'`);
    expect(out.length).toBeLessThan(source.length / 4);
  });
});
