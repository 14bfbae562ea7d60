import { describe, expect, it } from "vitest";
import { checkPublish, emptyPublishForm } from "./publishForm.ts";

const FUND = "0x1000000000000000000000000000000000000001";
const WETH = "0x2000000000000000000000000000000000000002";
const listed = (f: string, a: string) => f === FUND && a === WETH;
const base = { ...emptyPublishForm, fund: FUND, asset: WETH, thesis: "ETH up." };

describe("checkPublish", () => {
  it("builds the registry's input for an asset pick", () => {
    const r = checkPublish({ ...base, direction: "short" }, listed);
    expect(r).toMatchObject({
      ok: true,
      input: { kind: 0, direction: 1, subject: WETH, fund: FUND, thesis: "ETH up." },
    });
  });
  it("names each field that cannot be sent", () => {
    const r = checkPublish({ ...base, fund: "", asset: "nope", thesis: "" }, listed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["asset", "fund", "thesis"]);
    const unlisted = checkPublish({ ...base, asset: FUND }, listed);
    expect(unlisted.ok ? undefined : unlisted.errors.asset).toBe("This fund does not list that asset.");
  });
  it("counts the thesis in bytes, as the contract does", () => {
    const r = checkPublish({ ...base, thesis: "€".repeat(94) }, listed);
    expect(r.ok ? undefined : r.errors.thesis).toMatch(/282/);
    expect(checkPublish({ ...base, thesis: "€".repeat(93) }, listed).ok).toBe(true);
  });
  it("wants a link and its hash together; a deal pick is long only", () => {
    const hash = `0x${"ab".repeat(32)}`;
    expect(checkPublish({ ...base, uri: "ipfs://x" }, listed).ok).toBe(false);
    expect(checkPublish({ ...base, thesis: "", uri: "ipfs://x", contentHash: hash }, listed).ok).toBe(true);
    const deal = checkPublish({ ...base, kind: "deal", deal: FUND, direction: "short" }, listed);
    expect(deal.ok ? undefined : deal.errors.direction).toMatch(/long/);
  });
});
