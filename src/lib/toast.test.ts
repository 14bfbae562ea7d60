import { afterEach, describe, expect, it } from "vitest";
import { dismissToast, getToasts, showToast } from "./toast.ts";

afterEach(() => {
  for (const t of getToasts()) dismissToast(t.id);
});

describe("toasts", () => {
  it("keep one of each kind: the newest failure replaces the older", () => {
    showToast({ kind: "error", title: "Deposit 10 USDC", body: "first" });
    showToast({ kind: "error", title: "Deposit 40 USDC", body: "second" });
    showToast({ kind: "error", title: "Deposit 40 USDC", body: "third" });
    expect(getToasts().map((t) => t.body)).toEqual(["third"]);
  });

  it("a flow's toast turns from pending to failed in place, beside a toast of another kind", () => {
    showToast({ kind: "success", title: "Redeem", body: "Confirmed." });
    const id = showToast({ kind: "pending", title: "Deposit 10 USDC" });
    showToast({ kind: "error", title: "Deposit 10 USDC", body: "failed" }, id);
    expect(getToasts().map((t) => [t.kind, t.title])).toEqual([
      ["success", "Redeem"],
      ["error", "Deposit 10 USDC"],
    ]);
  });

  it("an update that changes a toast's kind replaces the older toast of that kind", () => {
    showToast({ kind: "error", title: "Deposit 10 USDC", body: "old failure" });
    const id = showToast({ kind: "pending", title: "Deposit 20 USDC" });
    showToast({ kind: "error", title: "Deposit 20 USDC", body: "new failure" }, id);
    expect(getToasts().map((t) => t.body)).toEqual(["new failure"]);
  });
});
