// PickRegistry: anyone may publish; an asset pick is judged by the feed a factory fund's governance
// chose (copied at publication), a deal pick by a deal of a factory fund; the time is the block's
// (no backdating); the thesis is bounded; views are paged and in publication order.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { getAddress, keccak256, toHex, zeroAddress, zeroHash, type Address } from "viem";
import { revertsWith } from "../testing/attack.js";
import { deployDeal, terms, vamWorld, type VamEnv } from "../testing/vam.js";
import type { World } from "../testing/world.js";

const Kind = { Asset: 0, Deal: 1 } as const;
const Dir = { Long: 0, Short: 1 } as const;

describe("PickRegistry", () => {
  let env: VamEnv;
  let w: World;
  let registry: ContractReturnType<"PickRegistry">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;

  before(async () => {
    env = await vamWorld();
    w = env.w;
    registry = await w.viem.deployContract("PickRegistry", [w.factory.address]);
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  type Input = {
    kind: number;
    direction: number;
    subject: Address;
    fund: Address;
    contentHash: `0x${string}`;
    thesis: string;
    uri: string;
  };
  const input = (over: Partial<Input> = {}): Input => ({
    kind: Kind.Asset,
    direction: Dir.Long,
    subject: w.weth.address,
    fund: w.fund.address,
    contentHash: zeroHash,
    thesis: "ETH re-rates as fees return to L1.",
    uri: "",
    ...over,
  });
  const publishAs = (who: { account: unknown }, over: Partial<Input> = {}) =>
    registry.write.publish([input(over) as never], { account: who.account as never });
  const timeOf = async (hash: `0x${string}`) => {
    const r = await w.publicClient.getTransactionReceipt({ hash });
    return (await w.publicClient.getBlock({ blockHash: r.blockHash })).timestamp;
  };

  it("anyone publishes an asset pick; it stores the author, the block's time and the fund's feed for the asset", async () => {
    const hash = await publishAs(w.alice, { direction: Dir.Short });
    const t = await timeOf(hash);
    const p = await registry.read.pick([0n]);
    assert.equal(getAddress(p.author), getAddress(w.alice.account.address));
    assert.equal(p.publishedAt, t);
    assert.equal(p.kind, Kind.Asset);
    assert.equal(p.direction, Dir.Short);
    assert.equal(getAddress(p.subject), getAddress(w.weth.address));
    assert.equal(getAddress(p.fund), getAddress(w.fund.address));
    assert.equal(getAddress(p.feed), getAddress(w.wethFeed.address));
    assert.equal(p.thesis, "ETH re-rates as fees return to L1.");
    const [ev] = await registry.getEvents.PickPublished(
      {},
      { blockHash: (await w.publicClient.getTransactionReceipt({ hash })).blockHash },
    );
    assert.equal(ev.args.id, 0n);
    assert.equal(getAddress(ev.args.author!), getAddress(w.alice.account.address));
    assert.equal(getAddress(ev.args.feed!), getAddress(w.wethFeed.address));
  });

  it("the feed is copied at publication: governance changing it later does not rewrite the pick", async () => {
    await publishAs(w.bob);
    const other = await w.viem.deployContract("LocalAggregator", [8, "ETH / USD 2", w.deployer.account.address]);
    await other.write.pushAnswer([3_100n * 10n ** 8n]);
    await w.asTimelock((from) => w.fund.write.setFeed([w.weth.address, other.address, 86_400], from));
    assert.equal(getAddress((await registry.read.pick([0n])).feed), getAddress(w.wethFeed.address));
    await publishAs(w.bob);
    assert.equal(getAddress((await registry.read.pick([1n])).feed), getAddress(other.address));
  });

  it("no backdating: the time is always the block's, whatever the caller does", async () => {
    const future = (await w.now()) + 1_000n;
    await w.networkHelpers.time.setNextBlockTimestamp(future);
    await publishAs(w.alice);
    assert.equal((await registry.read.pick([0n])).publishedAt, future);
    // The input has no time field at all: the ABI takes none.
    const abiInput = registry.abi.find((x) => x.type === "function" && x.name === "publish")!;
    const fields = (abiInput as { inputs: { components: { name: string }[] }[] }).inputs[0].components.map(
      (c) => c.name,
    );
    assert.deepEqual(fields, ["kind", "direction", "subject", "fund", "contentHash", "thesis", "uri"]);
  });

  it("an asset pick needs a factory fund that lists the asset: no unknown fund, no unlisted asset, no own feed", async () => {
    await revertsWith(publishAs(w.alice, { fund: w.alice.account.address }), "UnknownFund");
    const stray = await w.viem.deployContract("MockERC20", ["Stray", "STR", 18]);
    await revertsWith(publishAs(w.alice, { subject: stray.address }), "AssetNotListed", [
      getAddress(w.fund.address),
      getAddress(stray.address),
    ]);
    // A fake "fund" that lists anything with the liar's feed is not the factory's.
    await revertsWith(publishAs(w.alice, { fund: env.token.address }), "UnknownFund");
  });

  it("a deal pick names a deal of a factory fund, is long only, and has no feed", async () => {
    const deal = await deployDeal(env, await terms(env));
    await publishAs(w.carol, { kind: Kind.Deal, subject: deal.address, fund: zeroAddress });
    const p = await registry.read.pick([0n]);
    assert.equal(p.kind, Kind.Deal);
    assert.equal(getAddress(p.fund), getAddress(w.fund.address));
    assert.equal(p.feed, zeroAddress);
    await revertsWith(
      publishAs(w.carol, { kind: Kind.Deal, subject: deal.address, direction: Dir.Short }),
      "DealIsLongOnly",
    );
    await revertsWith(publishAs(w.carol, { kind: Kind.Deal, subject: w.alice.account.address }), "NotADeal");
    await revertsWith(publishAs(w.carol, { kind: Kind.Deal, subject: w.usdc.address }), "NotADeal");
    // A deal whose "fund" is not the factory's.
    const stray = await deployDeal(env, await terms(env, { fund: env.fundWallet.account.address }));
    await revertsWith(publishAs(w.carol, { kind: Kind.Deal, subject: stray.address }), "UnknownFund");
  });

  it("bounds the thesis: text up to 280 bytes, or a content hash with a link up to 200 bytes", async () => {
    await publishAs(w.alice, { thesis: "x".repeat(280) });
    await revertsWith(publishAs(w.alice, { thesis: "x".repeat(281) }), "ThesisTooLong", [281n, 280n]);
    // Bytes, not characters: 94 three-byte characters are 282 bytes.
    await revertsWith(publishAs(w.alice, { thesis: "€".repeat(94) }), "ThesisTooLong", [282n, 280n]);
    await revertsWith(publishAs(w.alice, { thesis: "" }), "EmptyThesis");
    const hash = keccak256(toHex("a longer thesis"));
    await publishAs(w.alice, { thesis: "", contentHash: hash, uri: "ipfs://bafy/thesis.md" });
    await revertsWith(publishAs(w.alice, { contentHash: hash, uri: "" }), "HashWithoutUri");
    await revertsWith(publishAs(w.alice, { uri: "https://example.org" }), "HashWithoutUri");
    await revertsWith(publishAs(w.alice, { contentHash: hash, uri: "u".repeat(201) }), "UriTooLong", [201n, 200n]);
    assert.equal(await registry.read.pickCount(), 2n);
  });

  it("spam costs its sender: publishing is bounded in gas, and paged views stay readable after a flood", async () => {
    const gasOf = async (over: Partial<Input>) => {
      const hash = await publishAs(w.bob, over);
      return (await w.publicClient.getTransactionReceipt({ hash })).gasUsed;
    };
    const short = await gasOf({ thesis: "x" });
    const long = await gasOf({ thesis: "x".repeat(280) });
    assert.ok(long > short, "a longer thesis costs more");
    assert.ok(long < 400_000n, `the longest pick stays cheap to store but not free: ${long}`);
    for (let i = 0; i < 30; i++) await publishAs(w.bob, { thesis: `spam ${i}` });
    assert.equal(await registry.read.pickCount(), 32n);
    const page = await registry.read.picks([30n, 200n]);
    assert.equal(page.length, 2);
    await revertsWith(registry.read.picks([0n, 201n]), "PageTooLarge", [201n, 200n]);
    assert.equal((await registry.read.picks([99n, 10n])).length, 0);
  });

  it("orders picks by publication, globally and per author", async () => {
    await publishAs(w.alice, { thesis: "a0" });
    await publishAs(w.bob, { thesis: "b0" });
    await publishAs(w.alice, { thesis: "a1", direction: Dir.Short });
    const all = await registry.read.picks([0n, 10n]);
    assert.deepEqual(
      all.map((p) => p.thesis),
      ["a0", "b0", "a1"],
    );
    assert.ok(all[0].publishedAt <= all[1].publishedAt && all[1].publishedAt <= all[2].publishedAt);
    assert.equal(await registry.read.authorPickCount([w.alice.account.address]), 2n);
    assert.deepEqual(await registry.read.pickIdsOf([w.alice.account.address, 0n, 10n]), [0n, 2n]);
    assert.deepEqual(await registry.read.pickIdsOf([w.alice.account.address, 1n, 10n]), [2n]);
    assert.deepEqual(await registry.read.pickIdsOf([w.carol.account.address, 0n, 10n]), []);
  });
});
