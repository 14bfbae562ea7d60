// Turns whatever a wallet, the RPC or viem threw into one short sentence a user can act on.
// Pure: no React, no client. Custom errors decode against every Evergreen ABI.
import {
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  HttpRequestError,
  RpcRequestError,
  TimeoutError,
  UserRejectedRequestError,
  type Hex,
} from "viem";
import { evergreenErrorAbi } from "./errorAbi.ts";
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

// JSON-RPC codes a provider answers with when it, not the call, failed: internal error, resource
// unavailable, limit exceeded. Invalid params or "execution reverted" (3) are the call's own.
const PROVIDER_CODES = [-32603, -32002, -32005];

/**
 * What failed at the RPC provider (an HTTP error status, a timeout, an internal error without
 * revert data), in its own words; undefined when the provider answered. viem reports such a
 * failure inside a call as the contract function "reverting" with the provider's message.
 */
export function providerFault(error: unknown): string | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const fault = error.walk(
    (e) =>
      e instanceof TimeoutError ||
      (e instanceof HttpRequestError && e.status !== undefined) ||
      (e instanceof RpcRequestError &&
        ((e.status ?? 0) >= 500 ||
          e.status === 429 ||
          (PROVIDER_CODES.includes(e.code) && !revertData(e) && !/revert/i.test(e.details)))),
  );
  if (fault instanceof TimeoutError) return "it did not answer in time";
  if (fault instanceof RpcRequestError) return fault.details || `HTTP ${fault.status}`;
  if (fault instanceof HttpRequestError)
    return `HTTP ${fault.status}${fault.details && fault.details !== "{}" ? `: ${fault.details}` : ""}`;
  return undefined;
}

/**
 * The error and its causes, outermost first, by viem's `walk`. Called on the error itself, as
 * wallets and fetch throw errors that are not viem's; at most 20 deep, as a cause may loop.
 */
function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  BaseError.prototype.walk.call(error as BaseError, (e) => {
    if (e != null) out.push(e);
    return out.length >= 20;
  });
  return out;
}

function codeOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "number" ? code : undefined;
}

function revertData(e: unknown): Hex | undefined {
  if (e instanceof ContractFunctionRevertedError && e.raw) return e.raw;
  const data = (e as { data?: unknown })?.data;
  if (typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) return data as Hex;
  const nested = (data as { data?: unknown })?.data;
  if (typeof nested === "string" && /^0x[0-9a-fA-F]{8}/.test(nested)) return nested as Hex;
  return undefined;
}

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
  if (
    errors.some(
      (e) =>
        e instanceof HttpRequestError ||
        e instanceof TimeoutError ||
        (e instanceof TypeError && /fetch/i.test(e.message)),
    )
  ) {
    return { kind: "network", message: NETWORK };
  }
  const base = errors.find((e): e is BaseError => e instanceof BaseError);
  const text = base?.shortMessage ?? (error instanceof Error ? error.message : String(error));
  return { kind: "unknown", message: text };
}
