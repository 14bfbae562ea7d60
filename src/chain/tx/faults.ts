// What failed below the contracts: the provider, the network. Light on purpose (no ABI, no
// messages): every page's read errors are classified with it before any transaction is made.
import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  RpcRequestError,
  TimeoutError,
  type Hex,
} from "viem";

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
export function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  BaseError.prototype.walk.call(error as BaseError, (e) => {
    if (e != null) out.push(e);
    return out.length >= 20;
  });
  return out;
}

export function codeOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "number" ? code : undefined;
}

export function revertData(e: unknown): Hex | undefined {
  if (e instanceof ContractFunctionRevertedError && e.raw) return e.raw;
  const data = (e as { data?: unknown })?.data;
  if (typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) return data as Hex;
  const nested = (data as { data?: unknown })?.data;
  if (typeof nested === "string" && /^0x[0-9a-fA-F]{8}/.test(nested)) return nested as Hex;
  return undefined;
}

/** Whether `e`, one of an error's causes, is the network's failure: no answer, a timeout, a failed fetch. */
export function isNetworkError(e: unknown): boolean {
  return (
    e instanceof HttpRequestError || e instanceof TimeoutError || (e instanceof TypeError && /fetch/i.test(e.message))
  );
}

/**
 * Whether a failed read is the network's failure, as explainError would call it: not a revert (no
 * revert data anywhere among its causes), not the provider's fault, and no answer came.
 */
export function networkFailed(error: unknown): boolean {
  const errors = causes(error);
  if (errors.some((e) => e instanceof ContractFunctionRevertedError || revertData(e) !== undefined)) return false;
  return providerFault(error) === undefined && errors.some(isNetworkError);
}
