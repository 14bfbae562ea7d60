// Why a read failed, in words for an error state: a failing provider is not a contract revert.
import { BaseError } from "viem";
import { networkFailed, providerFault } from "./tx/faults.ts";

export function readErrorMessage(error: Error): string {
  const fault = providerFault(error);
  // Queries poll and the page's Retry reads again: the failure is the provider's, not the user's.
  if (fault !== undefined)
    return `The network provider failed (${fault}); nothing reverted. Retrying on its own, or press Retry.`;
  if (networkFailed(error))
    return "The network did not answer. Check your connection; the page retries on its own, or press Retry.";
  return error instanceof BaseError ? error.shortMessage : error.message;
}
