import { describe, expect, it } from "vitest";
import { bytesToHex, type Hex } from "viem";
import { completeList, LIST_PAGE, type PageResult } from "./fundList.ts";

/** A record of a fund the lens could not read: its address, then ok = 0. */
const broken = (i: number) => bytesToHex(new Uint8Array([...new Uint8Array(19), i, 0])).slice(2);

/** What the lens returns for funds `from` to `from + n − 1` of a registry. */
const pageOf = (from: number, n: number): PageResult => [
  BigInt(n),
  `0x${Array.from({ length: n }, (_, k) => broken(from + k)).join("")}` as Hex,
];

/** A registry of `count` funds whose pages hold at most `fits` funds; records each batch asked for. */
function fakeNode(count: number, fits: number) {
  const batches: (readonly [bigint, bigint])[][] = [];
  const readPages = async (pages: readonly (readonly [bigint, bigint])[]) => {
    batches.push([...pages]);
    return pages.map(([o, l]) => pageOf(Number(o), Math.min(Number(l), fits, count - Number(o))));
  };
  return { batches, readPages };
}

describe("completeList", () => {
  it("needs no further request when the first page holds the registry", async () => {
    const node = fakeNode(6, 40);
    const all = await completeList(pageOf(0, 6), 6n, node.readPages);
    expect(all.map((r) => r.fund.slice(-2))).toEqual(["00", "01", "02", "03", "04", "05"]);
    expect(node.batches).toEqual([]);
  });

  it("reads every other page in one batch, in pages of three quarters of the first", async () => {
    const node = fakeNode(500, 40);
    const all = await completeList(pageOf(0, 40), 500n, node.readPages);
    expect(all.length).toBe(500);
    expect(all.every((r, i) => r.fund.toLowerCase().endsWith(i.toString(16).padStart(4, "0").slice(-2)))).toBe(true);
    expect(node.batches.length).toBe(1);
    expect(node.batches[0][0]).toEqual([40n, 30n]);
    expect(node.batches[0].at(-1)).toEqual([490n, 10n]);
  });

  it("reads on in a further batch what a page left, and refuses a node that reads nothing", async () => {
    const node = fakeNode(100, 20);
    const all = await completeList(pageOf(0, 30), 100n, node.readPages); // later pages hold fewer
    expect(all.length).toBe(100);
    expect(node.batches.length).toBe(2);
    expect(node.batches[1]).toEqual([
      [50n, 2n],
      [72n, 2n],
      [94n, 2n],
    ]);
    await expect(completeList(pageOf(0, 0), 3n, fakeNode(3, 0).readPages)).rejects.toThrow(/too little gas/);
    expect(LIST_PAGE).toBe(50n);
  });
});
