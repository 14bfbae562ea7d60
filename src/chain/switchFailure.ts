// Why the wallet did not switch to the fund's network, and how to add that network by hand:
// wagmi reports any failure to add an unknown chain as a user rejection, so the innermost
// cause tells a real "no" (4001) from a wallet that cannot add networks.
import type { Chain } from "viem";

function innermost(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 20 && (e as { cause?: unknown })?.cause; i++) e = (e as { cause: unknown }).cause;
  return e;
}

export function switchFailure(error: unknown, chain: Pick<Chain, "id" | "name">, rpcUrl: string): string {
  const declined = (innermost(error) as { code?: unknown })?.code === 4001;
  const byHand = (add: string) =>
    `${add} the network to it by hand (network name ${chain.name}, RPC URL ${rpcUrl}, chain ID ${chain.id}, ` +
    `currency ETH), then switch to it.`;
  return declined
    ? `You declined in your wallet. To use ${chain.name}, switch again, or ${byHand("add")}`
    : `Your wallet did not switch to ${chain.name}. ${byHand("Add")}`;
}
