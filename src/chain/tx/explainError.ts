// Turns whatever a wallet, the RPC or viem threw into one short sentence a user can act on.
// Pure: no React, no client. Custom errors decode against every Evergreen ABI.
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, UserRejectedRequestError } from "viem";
import { evergreenErrorAbi } from "./errorAbi.ts";
import { causes, codeOf, isNetworkError, providerFault, revertData } from "./faults.ts";
import { defaultMessages, type ErrorMessages } from "./messages.ts";

export type TxErrorKind =
  | "rejected"
  | "reverted"
  | "network"
  | "provider"
  | "wrong-network"
  | "account-changed"
  | "not-connected"
  | "unknown";

export interface TxError {
  kind: TxErrorKind;
  message: string;
  /** The custom error's name when a contract reverted with one. */
  errorName?: string;
  args?: readonly unknown[];
}

const REJECTED = "You declined the request in your wallet. Nothing was sent.";
const NETWORK = "The network did not answer. Check your connection and try again; nothing was sent.";

function decoded(errors: unknown[]): { errorName: string; args: readonly unknown[] } | undefined {
  for (const e of errors) {
    if (
      e instanceof ContractFunctionRevertedError &&
      e.data &&
      e.data.errorName !== "Error" &&
      e.data.errorName !== "Panic"
    ) {
      return { errorName: e.data.errorName, args: e.data.args ?? [] };
    }
    const raw = revertData(e);
    if (!raw) continue;
    try {
      const r = decodeErrorResult({ abi: evergreenErrorAbi, data: raw });
      return { errorName: r.errorName, args: r.args ?? [] };
    } catch {
      // Not one of ours (or a plain require string): keep looking.
    }
  }
  return undefined;
}

export { providerFault };

export function explainError(error: unknown, messages: ErrorMessages = {}): TxError {
  const errors = causes(error);
  if (
    errors.some(
      (e) =>
        e instanceof UserRejectedRequestError ||
        codeOf(e) === 4001 ||
        (e as Error)?.name === "UserRejectedRequestError",
    )
  ) {
    return { kind: "rejected", message: REJECTED };
  }
  const custom = decoded(errors);
  if (custom) {
    const words = messages[custom.errorName] ?? defaultMessages[custom.errorName];
    const message = words ? words(custom.args) : `The contract refused: ${custom.errorName}.`;
    return { kind: "reverted", message, ...custom };
  }
  const fault = providerFault(error);
  if (fault !== undefined) {
    return {
      kind: "provider",
      message: `The network provider failed (${fault}); nothing reverted. Nothing was sent: try again in a moment.`,
    };
  }
  const reverted = errors.find((e): e is ContractFunctionRevertedError => e instanceof ContractFunctionRevertedError);
  if (reverted)
    return {
      kind: "reverted",
      message: reverted.reason ? `The contract refused: ${reverted.reason}.` : "The contract refused this transaction.",
    };
  const names = errors.map((e) => (e as Error)?.name);
  if (names.includes("ChainMismatchError") || errors.some((e) => codeOf(e) === 4100 || codeOf(e) === 4901)) {
    return {
      kind: "wrong-network",
      message: "Your wallet is on another network. Switch to the fund's network and try again.",
    };
  }
  if (
    names.some(
      (n) =>
        n === "ConnectorNotConnectedError" || n === "ConnectorAccountNotFoundError" || n === "ConnectorNotFoundError",
    )
  ) {
    return { kind: "not-connected", message: "Connect a wallet first." };
  }
  if (errors.some(isNetworkError)) {
    return { kind: "network", message: NETWORK };
  }
  const base = errors.find((e): e is BaseError => e instanceof BaseError);
  const text = base?.shortMessage ?? (error instanceof Error ? error.message : String(error));
  return { kind: "unknown", message: text };
}
