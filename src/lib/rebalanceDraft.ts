// A rebalance drafted elsewhere (the Advisor) travels to the governance proposal form in the
// URL (`?tab=governance&draft=…`), so the two features share a format, not code.
import { getAddress, isAddress, type Address } from "viem";

/**
 * One swap the fund's manager (for governed funds, its timelock) makes: `Fund.swap(pair, tokenIn, amountIn, minOut)`.
 */
export interface SwapAction {
  pair: Address;
  tokenIn: Address;
  tokenOut: Address;
  amountIn: bigint;
  minOut: bigint;
}

export interface RebalanceDraft {
  fund: Address;
  swaps: SwapAction[];
  description: string;
}

const UINT_RE = /^(0|[1-9]\d{0,77})$/;

/** URL-safe text (base64url of JSON, amounts as decimal strings). */
export function encodeDraft(draft: RebalanceDraft): string {
  const json = JSON.stringify(draft, (_, v) => (typeof v === "bigint" ? v.toString() : v));
  const bytes = new TextEncoder().encode(json);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The draft, or null when the text is not one (it comes from a URL: untrusted). */
export function decodeDraft(text: string): RebalanceDraft | null {
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const raw: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    if (!raw || typeof raw !== "object") return null;
    const { fund, swaps, description } = raw as Record<string, unknown>;
    if (typeof fund !== "string" || !isAddress(fund) || !Array.isArray(swaps) || typeof description !== "string")
      return null;
    const parsed: SwapAction[] = [];
    for (const s of swaps as Record<string, unknown>[]) {
      const { pair, tokenIn, tokenOut, amountIn, minOut } = s ?? {};
      const addrs = [pair, tokenIn, tokenOut];
      const amounts = [amountIn, minOut];
      if (!addrs.every((a) => typeof a === "string" && isAddress(a))) return null;
      if (!amounts.every((a) => typeof a === "string" && UINT_RE.test(a))) return null;
      parsed.push({
        pair: getAddress(pair as string),
        tokenIn: getAddress(tokenIn as string),
        tokenOut: getAddress(tokenOut as string),
        amountIn: BigInt(amountIn as string),
        minOut: BigInt(minOut as string),
      });
    }
    return { fund: getAddress(fund), swaps: parsed, description };
  } catch {
    return null;
  }
}
