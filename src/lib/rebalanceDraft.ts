// A rebalance drafted elsewhere (the Advisor) travels to the governance proposal form in the
// URL (`?tab=governance&draft=…`), so the two features share a format, not code. Its calls run in
// order: swaps and, for funds holding yield vaults, moves into or out of a vault.
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

/**
 * One vault move: `Fund.vaultMove(vault, amount, minOut, into)` — deposit `amount` of the vault's asset for at least
 * `minOut` shares (`into`), or redeem `amount` shares for at least `minOut` of the asset.
 */
export interface VaultAction {
  vault: Address;
  /** The vault's asset (a listed asset), so that the form can say the amounts in it. */
  asset: Address;
  amount: bigint;
  minOut: bigint;
  into: boolean;
}

export type DraftCall = ({ kind: "swap" } & SwapAction) | ({ kind: "vault" } & VaultAction);

export interface RebalanceDraft {
  fund: Address;
  calls: DraftCall[];
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

const addresses = (xs: unknown[]) => xs.every((a) => typeof a === "string" && isAddress(a));
const amounts = (xs: unknown[]) => xs.every((a) => typeof a === "string" && UINT_RE.test(a));

function callOf(c: Record<string, unknown> | null): DraftCall | null {
  if (!c || typeof c !== "object") return null;
  if (c.kind === "swap") {
    const { pair, tokenIn, tokenOut, amountIn, minOut } = c;
    if (!addresses([pair, tokenIn, tokenOut]) || !amounts([amountIn, minOut])) return null;
    return {
      kind: "swap",
      pair: getAddress(pair as string),
      tokenIn: getAddress(tokenIn as string),
      tokenOut: getAddress(tokenOut as string),
      amountIn: BigInt(amountIn as string),
      minOut: BigInt(minOut as string),
    };
  }
  if (c.kind === "vault") {
    const { vault, asset, amount, minOut, into } = c;
    if (!addresses([vault, asset]) || !amounts([amount, minOut]) || typeof into !== "boolean") return null;
    return {
      kind: "vault",
      vault: getAddress(vault as string),
      asset: getAddress(asset as string),
      amount: BigInt(amount as string),
      minOut: BigInt(minOut as string),
      into,
    };
  }
  return null;
}

/** The draft, or null when the text is not one (it comes from a URL: untrusted). */
export function decodeDraft(text: string): RebalanceDraft | null {
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const raw: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    if (!raw || typeof raw !== "object") return null;
    const { fund, calls, description } = raw as Record<string, unknown>;
    if (typeof fund !== "string" || !isAddress(fund) || !Array.isArray(calls) || typeof description !== "string")
      return null;
    const parsed: DraftCall[] = [];
    for (const c of calls as (Record<string, unknown> | null)[]) {
      const call = callOf(c);
      if (!call) return null;
      parsed.push(call);
    }
    return { fund: getAddress(fund), calls: parsed, description };
  } catch {
    return null;
  }
}
