// Restating a fund's strategy by proposal (`StrategyRegistry.state`): the text checked as the contract checks it
// (not empty, at most 1,200 bytes of UTF-8), the action, and a description that quotes the new text in full.
import { encodeFunctionData, type Abi, type Address } from "viem";
import { normalizeStatement, STRATEGY_MAX_BYTES, utf8Length } from "../strategy/statement.ts";
import type { FundSet, RawAction } from "./decode.ts";

export interface StrategyForm {
  text: string;
}

export interface StrategyEnv {
  set: Pick<FundSet, "fund">;
  /** The chain's StrategyRegistry and its ABI; undefined where none is deployed. */
  registry?: { address: Address; abi: Abi };
}

type Result = { ok: true; actions: RawAction[] } | { ok: false; errors: Partial<Record<"text" | "form", string>> };

const bytes = new Intl.NumberFormat("en-US");

/** Why `text` cannot be stated, in the words of its field; undefined when it can. */
export function strategyTextError(text: string): string | undefined {
  const t = normalizeStatement(text);
  if (!t) return "Write the strategy: the statement cannot be empty.";
  const n = utf8Length(t);
  if (n > STRATEGY_MAX_BYTES)
    return (
      `${bytes.format(n)} bytes: at most ${bytes.format(STRATEGY_MAX_BYTES)} (the contract counts bytes of UTF-8, ` +
      "so a letter such as é or € takes two or three)."
    );
  return undefined;
}

export function buildStrategy(f: StrategyForm, env: StrategyEnv): Result {
  if (!env.registry) return { ok: false, errors: { form: "This chain has no strategy registry to state it in." } };
  const error = strategyTextError(f.text);
  if (error) return { ok: false, errors: { text: error } };
  const calldata = encodeFunctionData({
    abi: env.registry.abi,
    functionName: "state",
    args: [env.set.fund, normalizeStatement(f.text)],
  });
  return { ok: true, actions: [{ target: env.registry.address, value: 0n, calldata }] };
}

/**
 * The proposal's description: its title and the proposer's reasons, then the new statement in full, each of its
 * paragraphs quoted, so that voters read the words they vote for.
 */
export function strategyDescription(title: string, body: string, text: string): string {
  const paragraphs = normalizeStatement(text)
    .split(/\n\s*\n+/)
    .map((p) => p.trim());
  const quoted = paragraphs.map((p, i) => `${i === 0 ? "“" : ""}${p}${i === paragraphs.length - 1 ? "”" : ""}`);
  return [`# ${title.trim()}`, ...(body.trim() ? [body.trim()] : []), "The fund's strategy becomes:", ...quoted].join(
    "\n\n",
  );
}
