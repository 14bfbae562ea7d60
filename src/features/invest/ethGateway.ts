// Where a fund can be paid in native ether: its chain has the ether gateway and the fund's asset
// is the WETH that gateway wraps into.
import { isAddressEqual, type Address } from "viem";
import { deploymentOf, isSupportedChainId } from "../../chain/index.ts";

type Entry = { address: Address } | undefined;

export function ethGatewayFor(chainId: number, asset: Address | undefined): Address | undefined {
  if (!asset || !isSupportedChainId(chainId)) return undefined;
  const c = deploymentOf(chainId).contracts as Record<string, Entry>;
  const gateway = c.EthDepositGateway;
  const weth = c.WETH;
  return gateway && weth && isAddressEqual(weth.address, asset) ? gateway.address : undefined;
}
