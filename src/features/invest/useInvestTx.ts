// Sends deposits and redemptions through the shared runner. A deposit that needs an approval
// goes as one atomic batch when the wallet says it can, else under an ERC-2612 permit when the
// asset takes one and the user did not ask for an approval transaction.
import type { Address } from "viem";
import { useCapabilities, useConfig } from "wagmi";
import { useAccount } from "../../chain/account.ts";
import { permitAbi, useAppChainId } from "../../chain/index.ts";
import { useTransaction } from "../../chain/tx/index.ts";
import { depositRoute, PERMIT_VALIDITY_S, permitTypedData, type PermitDomain } from "../../domain/portfolio/index.ts";
import {
  claimOwedPlan,
  depositPlan,
  ethDepositPlan,
  permitDepositPlan,
  redeemInKindPlan,
  redeemPlan,
  type DepositInput,
  type EthDepositInput,
  type InKindInput,
  type PermitSignature,
  type RedeemInput,
} from "./plans.ts";

/** Whether the connected wallet runs EIP-5792 batches atomically on the chain shown. */
function useAtomicBatch(): boolean {
  const { isConnected } = useAccount();
  const chainId = useAppChainId();
  const caps = useCapabilities({ query: { enabled: isConnected, retry: false, staleTime: Infinity } });
  const status = (caps.data as Record<number, { atomic?: { status?: string } }> | undefined)?.[chainId]?.atomic?.status;
  return status === "supported" || status === "ready";
}

export type DepositRequest = Omit<DepositInput, "batch"> & {
  /** The asset's permit domain when the deposit may go under a permit. */
  permit?: PermitDomain;
};

export function useInvestTx() {
  const config = useConfig();
  const chainId = useAppChainId();
  const tx = useTransaction();
  const atomic = useAtomicBatch();
  const busy = tx.state.status === "simulating" || tx.state.status === "signing" || tx.state.status === "pending";

  /** The permit is signed last thing before sending, with the token's current nonce and chain time. */
  async function signPermit(
    domain: PermitDomain,
    owner: Address,
    spender: Address,
    value: bigint,
  ): Promise<PermitSignature> {
    // Signing code (and viem's secp256k1 behind parseSignature) loads when a permit is signed.
    const { getBlock, parseSignature, readContract, signTypedData } = await import("./permitSigning.ts");
    const [nonce, block] = await Promise.all([
      readContract(config, {
        chainId,
        address: domain.verifyingContract,
        abi: permitAbi,
        functionName: "nonces",
        args: [owner],
      }),
      getBlock(config, { chainId }),
    ]);
    const deadline = block.timestamp + PERMIT_VALIDITY_S;
    const signature = await signTypedData(config, {
      account: owner,
      ...permitTypedData(domain, { owner, spender, value, nonce, deadline }),
    });
    const { r, s, v, yParity } = parseSignature(signature);
    return { deadline, r, s, v: Number(v ?? 27n + BigInt(yParity)) };
  }

  return {
    state: tx.state,
    busy,
    atomic,
    deposit: async ({ permit, ...p }: DepositRequest) => {
      const route = depositRoute(p.approvals, { atomicBatch: atomic, permit: !!permit });
      const plan =
        route === "permit" && permit
          ? permitDepositPlan(p, chainId, (spender, value) => signPermit(permit, p.account, spender, value))
          : depositPlan({ ...p, batch: route === "batch" });
      return !!(await tx.run(plan));
    },
    depositEth: async (p: EthDepositInput) => !!(await tx.run(ethDepositPlan(p))),
    redeem: async (p: RedeemInput) => !!(await tx.run(redeemPlan(p))),
    redeemInKind: async (p: InKindInput) => !!(await tx.run(redeemInKindPlan(p))),
    claimOwed: async (fund: Address, token: Address, shown: string) =>
      !!(await tx.run(claimOwedPlan(fund, token, shown))),
  };
}
