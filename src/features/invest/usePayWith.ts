// Paying a WETH fund with native ether: whether the fund can be paid so, the choice (the user's,
// else what the wallet holds more of), the ether balance, and Max less the gas of the deposit.
import { useBalance, useConfig } from "wagmi";
import { useAccount } from "../../chain/account.ts";
import { useAppChainId } from "../../chain/index.ts";
import { defaultPayWith, ethDepositMax, gasReserve, type PayWith } from "../../domain/portfolio/index.ts";
import type { FundState } from "../../chain/useFundState.ts";
import { ethGatewayFor } from "./ethGateway.ts";
import type { InvestTexts } from "./useFieldText.ts";
import type { WalletReads } from "./useWalletReads.ts";

export function usePayWith(d: FundState, wallet: WalletReads | undefined, texts: InvestTexts) {
  const chainId = useAppChainId();
  const config = useConfig();
  const { address } = useAccount();
  const gateway = ethGatewayFor(chainId, d.asset.address);
  // The same query as the no-gas check's, so it costs no request of its own.
  const balance = useBalance({ address, chainId, query: { enabled: !!address && !!gateway } });
  const ethBalance = balance.data?.value;
  const held = wallet && ethBalance !== undefined ? defaultPayWith(ethBalance, wallet.assetBalance) : "eth";
  const payWith: PayWith = gateway ? (texts.payWith ?? held) : "weth";

  /** Max in ether: the balance less the gas of the deposit at the fee the wallet would bid now. */
  async function ethMax(maxDeposit: bigint, fresh: boolean, show: (wei: bigint) => string) {
    try {
      const { estimateFeesPerGas } = await import("./ethGas.ts");
      const fees = await estimateFeesPerGas(config, { chainId });
      const reserve = gasReserve(fees.maxFeePerGas ?? fees.gasPrice ?? 0n);
      return ethDepositMax({ balance: ethBalance ?? 0n, reserve, maxDeposit, fresh, show });
    } catch {
      return { note: "The network's gas price could not be read, so Max cannot leave gas aside: type an amount." };
    }
  }

  return { gateway, payWith, setPayWith: texts.setPayWith, ethBalance, ethMax };
}
