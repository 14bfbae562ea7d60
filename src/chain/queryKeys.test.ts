import { QueryClient, type QueryKey } from "@tanstack/react-query";
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { queryKeys } from "./queryKeys.ts";

const FUND = "0x00000000000000000000000000000000000000Ab" as Address;
const OTHER = "0x00000000000000000000000000000000000000cd" as Address;

/** The keys of a cache holding `keys` that `prefix` selects, as invalidateQueries would. */
function selected(keys: QueryKey[], prefix: QueryKey): QueryKey[] {
  const client = new QueryClient();
  for (const queryKey of keys) client.setQueryData(queryKey, 1);
  return client
    .getQueryCache()
    .findAll({ queryKey: prefix })
    .map((q) => q.queryKey);
}

describe("queryKeys", () => {
  const keys = [
    queryKeys.fund(31337, FUND),
    queryKeys.fund(31337, OTHER),
    queryKeys.fund(1, FUND),
    queryKeys.deals(31337, FUND),
    queryKeys.deals(31337),
    queryKeys.discover(31337),
    queryKeys.governance.sets(31337),
    queryKeys.governance.standing(31337, FUND, OTHER, 3n),
  ];

  it("puts the chain id first in every key, so one chain's reads are one prefix", () => {
    expect(selected(keys, queryKeys.chain(1))).toEqual([queryKeys.fund(1, FUND)]);
    expect(selected(keys, queryKeys.chain(31337))).toHaveLength(keys.length - 1);
  });

  it("selects one fund's state, every fund's, or one family, by prefix", () => {
    expect(selected(keys, queryKeys.fund(31337, FUND))).toEqual([queryKeys.fund(31337, FUND)]);
    expect(selected(keys, queryKeys.funds(31337))).toEqual([queryKeys.fund(31337, FUND), queryKeys.fund(31337, OTHER)]);
    expect(selected(keys, queryKeys.governance.all(31337))).toHaveLength(2);
    expect(selected(keys, queryKeys.family(31337, "deals"))).toEqual([
      queryKeys.deals(31337, FUND),
      queryKeys.deals(31337),
    ]);
  });

  it("is one key for one address however it is cased", () => {
    expect(queryKeys.fund(31337, FUND)).toEqual(queryKeys.fund(31337, FUND.toLowerCase() as Address));
    expect(queryKeys.deals(31337, FUND)).not.toEqual(queryKeys.deals(31337));
  });
});
