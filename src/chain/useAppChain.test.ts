import { describe, expect, it } from "vitest";
import { appChains, deployedChains, deployments } from "./chains.ts";
import { chosenChain } from "./useAppChain.ts";

describe("the chains offered", () => {
  it("name every deployment module's chain, with unique slugs", () => {
    const listed = appChains.map((c) => c.chain.id);
    for (const id of Object.keys(deployments).map(Number)) expect(listed).toContain(id);
    expect(new Set(appChains.map((c) => c.slug)).size).toBe(appChains.length);
    expect(deployedChains.map((c) => c.id)).toEqual(Object.keys(deployments).map(Number));
  });
});

describe("chosenChain", () => {
  const [first, second] = deployedChains.map((c) => c.id);
  const undeployed = appChains.find((c) => !(c.chain.id in deployments))!;
  it("takes the URL's chain first, by slug or by id", () => {
    expect(chosenChain("local-2", first).chain.id).toBe(second);
    expect(chosenChain(String(second), first).chain.id).toBe(second);
  });
  it("else the wallet's chain when Evergreen is deployed there, else the default", () => {
    expect(chosenChain(null, second).chain.id).toBe(second);
    expect(chosenChain(null, 1).chain.id).toBe(first);
    expect(chosenChain("no-such-chain", undefined).chain.id).toBe(first);
  });
  it("keeps a picked chain without deployments, so that the page can say so", () => {
    expect(chosenChain(undeployed.slug, first).chain.id).toBe(undeployed.chain.id);
  });
});
