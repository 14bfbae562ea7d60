import { createPublicClient, custom, numberToHex } from "viem";
import { describe, expect, it } from "vitest";
import { noteReceiptBlock } from "./receiptBlock.ts";

/** A client whose node is at `head`, counting eth_blockNumber requests; it caches for 4 s like viem's default. */
function node(head: bigint) {
  const state = { head, asked: 0, fail: false };
  const client = createPublicClient({
    cacheTime: 4_000,
    transport: custom({
      async request({ method }: { method: string }) {
        if (method !== "eth_blockNumber" || state.fail) throw new Error(method);
        state.asked++;
        return numberToHex(state.head);
      },
    }),
  });
  return { client, state };
}

describe("noteReceiptBlock", () => {
  it("replaces a cached block number older than the receipt's, so the next read runs at the receipt's block", async () => {
    const { client, state } = node(100n);
    expect(await client.getBlockNumber()).toBe(100n);
    state.head = 101n; // the transaction is mined; viem would answer 100 for 4 s more
    expect(await client.getBlockNumber()).toBe(100n);
    await noteReceiptBlock(client, 101n);
    expect(await client.getBlockNumber()).toBe(101n);
    expect(state.asked).toBe(1);
  });

  it("keeps a later block it already knows", async () => {
    const { client } = node(105n);
    expect(await client.getBlockNumber()).toBe(105n);
    await noteReceiptBlock(client, 101n);
    expect(await client.getBlockNumber()).toBe(105n);
  });

  it("stores the receipt's block when nothing was cached, without asking the node", async () => {
    const { client, state } = node(101n);
    await noteReceiptBlock(client, 101n);
    expect(await client.getBlockNumber()).toBe(101n);
    expect(state.asked).toBe(0);
  });

  it("overrides a lookup that was in flight when the receipt came", async () => {
    const { client, state } = node(100n);
    const early = client.getBlockNumber(); // answered 100: sent before the block was mined
    await noteReceiptBlock(client, 101n);
    state.head = 101n;
    expect(await early).toBe(100n);
    expect(await client.getBlockNumber()).toBe(101n);
  });

  it("still stores the receipt's block when a lookup in flight fails", async () => {
    const { client, state } = node(100n);
    state.fail = true;
    const early = client.getBlockNumber().catch(() => "failed");
    await noteReceiptBlock(client, 101n);
    state.fail = false;
    expect(await early).toBe("failed");
    expect(await client.getBlockNumber()).toBe(101n);
  });
});
