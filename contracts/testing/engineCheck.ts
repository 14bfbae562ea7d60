// Runs the client valuation engine on raw reads and asserts that it equals, to the wei, every
// view of the fund and of FundLens that it mirrors, all read at the same block.
import assert from "node:assert/strict";
import type { Abi, Address } from "viem";
import { fundSnapshot, guidelineWeightsBps, type FundSnapshot, type Holding } from "../../src/domain/valuation/index.ts";
import { readFundRaw, type RawAbis, type RawClient } from "./readRaw.ts"; // .ts: also loaded by plain node (live tests)

export type CheckAbis = RawAbis & { FundLens: Abi };
export type CheckOptions = { fund: Address; lens: Address; blockNumber: bigint; accounts?: Address[]; label?: string };

/** Amounts to convert: small, odd, and around the fund's own size. */
const samples = (gav: bigint, supply: bigint) => [0n, 1n, 999_999n, 10n ** 6n + 7n, gav / 3n, gav, supply / 7n, supply];

const row = (h: Holding) => [h.kind, h.token.toLowerCase(), h.balance, h.price, h.updatedAt, h.stale, h.value, h.weightBps];

export async function assertEngineMatches(client: RawClient, abis: CheckAbis, o: CheckOptions): Promise<FundSnapshot> {
  const { fund, blockNumber } = o;
  const label = o.label ?? fund;
  const view = <T>(functionName: string, args: readonly unknown[] = [], address = fund, abi = abis.Fund) =>
    client.readContract({ address, abi, functionName, args, blockNumber }) as Promise<T>;

  const raw = await readFundRaw(client, abis, fund, blockNumber);
  const s = fundSnapshot(raw);

  const [[list, gav], totalAssets, fresh, accrual, intrinsic, exposure] = await Promise.all([
    view<readonly [Holding[], bigint]>("holdings"),
    view<bigint>("totalAssets"),
    view<boolean>("pricesFresh"),
    view<Record<string, bigint>>("previewAccrual"),
    view<Record<string, bigint>>("intrinsicValues", [fund], o.lens, abis.FundLens),
    view<readonly bigint[]>("exposureWeights"),
  ]);
  assert.deepEqual(s.holdings.map(row), list.map((h) => row({ ...h, kind: Number(h.kind) as Holding["kind"] })), `${label}: holdings`);
  assert.equal(s.gav, gav, `${label}: holdings GAV`);
  assert.equal(s.gav, totalAssets, `${label}: totalAssets`);
  assert.equal(s.fresh, fresh, `${label}: pricesFresh`);
  assert.deepEqual({ ...s.accrual }, { ...accrual }, `${label}: previewAccrual`);
  assert.deepEqual({ ...s.intrinsic }, { ...intrinsic }, `${label}: intrinsicValues`);
  assert.deepEqual(guidelineWeightsBps(raw, s), [...exposure], `${label}: exposureWeights (look-through)`);

  for (const x of samples(s.gav, s.supplyAfter)) {
    for (const fn of ["convertToShares", "convertToAssets", "previewDeposit", "previewMint", "previewWithdraw", "previewRedeem"] as const) {
      assert.equal(s.vault[fn](x), await view<bigint>(fn, [x]), `${label}: ${fn}(${x})`);
    }
  }
  // The in-kind exit: slices of every token, the deal parts, for small and large redemptions.
  const supply = s.fresh ? s.supplyAfter : raw.totalSupply;
  for (const x of supply === 0n ? [] : [0n, 1n, supply / 7n, supply]) {
    const [tokens, amounts, deals, parts] = await view<readonly [Address[], bigint[], Address[], bigint[]]>("previewRedeemInKind", [x]);
    const e = s.redeemInKind(x);
    assert.deepEqual(e.tokens.map((t) => [t.token.toLowerCase(), t.amount]), tokens.map((t, k) => [t.toLowerCase(), amounts[k]]), `${label}: previewRedeemInKind(${x}) tokens`);
    assert.deepEqual(e.deals.map((d) => [d.deal.toLowerCase(), d.part]), deals.map((d, k) => [d.toLowerCase(), parts[k]]), `${label}: previewRedeemInKind(${x}) deals`);
  }
  for (const who of o.accounts ?? []) {
    const balance = await view<bigint>("balanceOf", [who]);
    assert.equal(s.maxDeposit, await view<bigint>("maxDeposit", [who]), `${label}: maxDeposit`);
    assert.equal(s.maxRedeem(balance), await view<bigint>("maxRedeem", [who]), `${label}: maxRedeem(${who})`);
    assert.equal(s.maxWithdraw(balance), await view<bigint>("maxWithdraw", [who]), `${label}: maxWithdraw(${who})`);
  }
  return s;
}
