// Words for the addresses a revert names: the deployment's labels ("WETH", "the WETH/USD feed").
import { getAddress, type Address } from "viem";
import { deployments } from "../contracts.ts";
import { shortAddress } from "../../lib/format.ts";

const labels = new Map<string, string>();
for (const d of Object.values(deployments)) {
  for (const [label, entry] of Object.entries(d.contracts) as [string, { address: string }][]) {
    const feed = /^(.+)UsdFeed$/.exec(label);
    labels.set(getAddress(entry.address), feed ? `the ${feed[1]}/USD price feed` : label);
  }
}

/** The deployment's name for an address, or its short form. */
export function nameOf(address: unknown): string {
  if (typeof address !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(address)) return String(address);
  return labels.get(getAddress(address as Address)) ?? shortAddress(address);
}
