// One way to send transactions: simulate (a revert is explained and nothing is signed), sign,
// wait for the receipt, refresh what it can change at the receipt's block, and tell the user at
// each step.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { Abi, Address, Hash, TransactionReceipt } from "viem";
import { showToast } from "../../lib/toast.ts";
import { chainLabel } from "../chainName.ts";
import { appChainById } from "../chains.ts";
import { clientOf } from "../clients.ts";
import { loadWallet } from "../walletLayer.ts";
import { useAppChain } from "../useAppChain.ts";
import { declinedAfter } from "./declinedAfter.ts";
import { explainError, type TxError } from "./explainError.ts";
import type { ErrorMessages } from "./messages.ts";
import { noteReceiptBlock } from "./receiptBlock.ts";
import { changedBy } from "./refresh.ts";

// The wallet actions (simulate, sign, send, batches, receipts) load with the first transaction,
// not with every page that shows a button.
const walletActions = () => import("./walletActions.ts");

/**
 * A contract call as wagmi's simulateContract takes it, minus account and chain (the ABI is known only at run time,
 * hence the loose types).
 */
export interface TxRequest {
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

export interface TxStep {
  label: string;
  request: TxRequest;
}

export interface TxPlan {
  /** What the whole flow does, e.g. "Deposit 100 USDC": the toasts' title. */
  title: string;
  /** Run in order; each is simulated right before it is signed, after the previous one confirmed. */
  steps: TxStep[] | (() => Promise<TxStep[]>);
  messages?: ErrorMessages;
  /**
   * What the wallet is asked for while `steps` (a function) runs, e.g. "Sign the permit": a
   * signature that the steps need, shown as a signing step. Without it they are a quiet check.
   */
  preparing?: string;
  /**
   * Send every step in one EIP-5792 atomic batch (one signature). Only for wallets whose
   * capabilities report atomic batching. Only the first step is simulated beforehand: the
   * others depend on it (a deposit on its approval); a failing batch changes nothing.
   */
  batch?: boolean;
}

export type TxStatus = "idle" | "simulating" | "signing" | "pending" | "confirmed" | "failed";

export interface TxState {
  status: TxStatus;
  step: number;
  steps: number;
  label?: string;
  hash?: Hash;
  error?: TxError;
}

const IDLE: TxState = { status: "idle", step: 0, steps: 0 };

// A receipt is looked for at once, then at most this far apart (viem's default is 4 s, a third
// of a mainnet block): one eth_blockNumber a second, only while a transaction is pending.
const RECEIPT_POLL_MS = 1_000;

class Stop extends Error {
  constructor(readonly txError: TxError) {
    super(txError.message);
  }
}

/** The chain explorer's page of a transaction, where the chain has an explorer. */
export function explorerLink(chainId: number, hash: Hash): string | undefined {
  const url = appChainById(chainId)?.chain.blockExplorers?.default.url;
  return url ? `${url.replace(/\/$/, "")}/tx/${hash}` : undefined;
}

export function useTransaction() {
  const { chain } = useAppChain();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TxState>(IDLE);
  const busy = useRef(false);

  /** Reads again, at the receipts' block or later, every figure on screen the transactions can change. */
  const refresh = useCallback(
    async (chainId: number, receipts: readonly TransactionReceipt[]) => {
      const block = receipts.reduce((max, r) => (r.blockNumber > max ? r.blockNumber : max), 0n);
      // The client every read of the chain goes through (wagmi's config takes the same).
      await noteReceiptBlock(clientOf(chainId), block);
      await queryClient.invalidateQueries({ predicate: (q) => changedBy(chainId, q) });
    },
    [queryClient],
  );

  const run = useCallback(
    async (plan: TxPlan): Promise<TransactionReceipt[] | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      let toastId: number | undefined;
      const receipts: TransactionReceipt[] = [];
      let steps: TxStep[] = [];
      try {
        const {
          getAccount,
          sendCalls,
          simulateContract,
          waitForCallsStatus,
          waitForTransactionReceipt,
          writeContract,
        } = await walletActions();
        // Loaded already when a wallet is connected; without one, the check below says so.
        const config = await loadWallet();
        const start = getAccount(config);
        if (start.status !== "connected" || !start.address)
          throw new Stop({ kind: "not-connected", message: "Connect a wallet first." });
        // Sent only on the chain the page shows: what was previewed is what is signed.
        if (start.chainId !== chain.id) {
          throw new Stop({
            kind: "wrong-network",
            message: `Your wallet is on ${start.chainId === undefined ? "another network" : chainLabel(start.chainId)}; this page shows ${chain.name}. Switch your wallet to ${chain.name} and try again.`,
          });
        }
        const account = start.address;
        const chainId = start.chainId;
        const pollingInterval = Math.min(config.getClient({ chainId }).pollingInterval, RECEIPT_POLL_MS);
        if (plan.preparing) {
          setState({ status: "signing", step: 0, steps: 0, label: plan.preparing });
          toastId = showToast({
            kind: "pending",
            title: plan.title,
            body: `${plan.preparing}: confirm in your wallet.`,
          });
        } else setState({ status: "simulating", step: 0, steps: 0 });
        steps = typeof plan.steps === "function" ? await plan.steps() : plan.steps;
        if (plan.batch && steps.length > 1) {
          const at = { step: 0, steps: 1, label: plan.title };
          setState({ status: "simulating", ...at });
          await simulateContract(config, { ...steps[0].request, account, chainId } as never);
          setState({ status: "signing", ...at });
          toastId = showToast(
            { kind: "pending", title: plan.title, body: "Confirm the batch in your wallet." },
            toastId,
          );
          const calls = steps.map(({ request: r }) => ({
            to: r.address,
            abi: r.abi,
            functionName: r.functionName,
            args: r.args,
            value: r.value,
          }));
          const { id } = await sendCalls(config, { account, chainId, calls: calls as never, forceAtomic: true });
          setState({ status: "pending", ...at });
          toastId = showToast({ kind: "pending", title: plan.title, body: "Waiting for the block." }, toastId);
          const result = await waitForCallsStatus(config, { id, pollingInterval });
          if (result.status !== "success")
            throw new Stop({
              kind: "reverted",
              message: "The batch reverted on chain; none of its calls took effect.",
            });
          receipts.push(
            ...(await Promise.all(
              (result.receipts ?? []).map((r) =>
                waitForTransactionReceipt(config, { hash: r.transactionHash, chainId, pollingInterval }),
              ),
            )),
          );
        } else
          for (const [i, step] of steps.entries()) {
            const at = { step: i, steps: steps.length, label: step.label };
            if (getAccount(config).address !== account) {
              throw new Stop({
                kind: "account-changed",
                message:
                  "The wallet switched to another account during this flow. Nothing more was sent; review and " +
                  "start again.",
              });
            }
            setState({ status: "simulating", ...at });
            const { request } = await simulateContract(config, { ...step.request, account, chainId } as never);
            setState({ status: "signing", ...at });
            toastId = showToast(
              {
                kind: "pending",
                title: plan.title,
                body:
                  steps.length > 1
                    ? `Step ${i + 1} of ${steps.length}: ${step.label}. Confirm in your wallet.`
                    : "Confirm in your wallet.",
              },
              toastId,
            );
            const hash = await writeContract(config, request as never);
            setState({ status: "pending", ...at, hash });
            toastId = showToast(
              {
                kind: "pending",
                title: plan.title,
                body: `${step.label}: waiting for the block.`,
                hash,
                href: explorerLink(chainId, hash),
              },
              toastId,
            );
            const receipt = await waitForTransactionReceipt(config, { hash, chainId, pollingInterval });
            if (receipt.status !== "success") {
              // A receipt carries no reason: replay the call at that block to find it.
              const why = await simulateContract(config, {
                ...step.request,
                account,
                chainId,
                blockNumber: receipt.blockNumber,
              } as never).then(
                () => undefined,
                (e: unknown) => explainError(e, plan.messages),
              );
              throw new Stop(why ?? { kind: "reverted", message: "The transaction reverted on chain." });
            }
            // No refresh between steps: an approval changes only the allowance the next step spends.
            receipts.push(receipt);
          }
        const hash = receipts.at(-1)?.transactionHash;
        setState((st) => ({ status: "confirmed", step: st.steps - 1, steps: st.steps, hash }));
        showToast(
          { kind: "success", title: plan.title, body: "Confirmed.", hash, href: hash && explorerLink(chainId, hash) },
          toastId,
        );
        // Held busy until the figures are read again, so that the caller acts on the new ones.
        await refresh(chainId, receipts);
        return receipts;
      } catch (e) {
        const explained = e instanceof Stop ? e.txError : explainError(e, plan.messages);
        // Declined after earlier steps confirmed: those are on chain and their gas is paid.
        const error =
          explained.kind === "rejected" && !plan.batch && receipts.length > 0 && receipts.length < steps.length
            ? {
                ...explained,
                message: declinedAfter(
                  steps.slice(0, receipts.length).map((st) => st.label),
                  steps[receipts.length].label,
                ),
              }
            : explained;
        setState((s) => ({ ...s, status: "failed", error }));
        // Refresh what the confirmed steps changed, without holding up the next attempt.
        if (receipts.length) void refresh(chain.id, receipts);
        // A refusal at the wallet is the user's own choice: say it at the form, not in a toast.
        if (error.kind !== "rejected") showToast({ kind: "error", title: plan.title, body: error.message }, toastId);
        else if (toastId !== undefined) showToast({ kind: "error", title: plan.title, body: error.message }, toastId);
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [chain, refresh],
  );

  const reset = useCallback(() => setState(IDLE), []);
  return { state, run, reset };
}
