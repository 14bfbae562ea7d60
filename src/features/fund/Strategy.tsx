// The Overview's first section: the fund's strategy as its creator or governance stated it (untrusted plain text,
// rendered as text nodes), where it came from, and beside it what the contracts enforce, worded from the guidelines.
import { useState } from "react";
import type { Address } from "viem";
import {
  enforcedSentences,
  provenanceOf,
  provenanceText,
  statementParagraphs,
  type EnforcedInput,
} from "../../domain/strategy/index.ts";
import { AppLink } from "../../components/AppLink.tsx";
import { formatDate } from "../../lib/dates.ts";
import { newProposalPath } from "../../lib/governancePaths.ts";
import { shortAddress } from "../../lib/format.ts";
import type { FundData } from "./types.ts";

/** Longer than this (or more than two paragraphs), the statement starts folded to its first paragraph. */
const FOLD_CHARS = 480;

const lower = (a: string) => a.toLowerCase();

export function enforcedInput(d: FundData): EnforcedInput {
  const symbol = (t: string) => d.tokens.get(lower(t))?.symbol ?? shortAddress(t);
  const f = d.raw.fees;
  return {
    mechanism: d.mechanism,
    manager: d.manager,
    denomination: d.asset.symbol,
    assets: [...d.guidelines]
      .filter(([t]) => t !== lower(d.asset.address))
      .map(([t, g]) => ({ symbol: symbol(t), maxWeightBps: g.maxWeightBps, allowed: g.allowed })),
    maxLpBps: d.maxLpBps,
    maxSlippageBps: Number(d.raw.maxSlippageBps),
    minCashBps: Number(d.raw.minCashBps),
    primaries: d.raw.primaries.filter((p) => p.balance > p.reserved).map((p) => symbol(p.token)),
    deals: d.raw.deals.filter((x) => x.fundEscrowed > 0n).length,
    fees: {
      managementBps: Number(f.managementBps),
      performanceBps: Number(f.performanceBps),
      hurdleBps: Number(f.hurdleBps),
      entryBps: Number(d.raw.entryBps),
      exitBps: Number(d.raw.exitBps),
    },
  };
}

function Statement({ text }: { text: string }) {
  const paragraphs = statementParagraphs(text);
  const long = paragraphs.length > 2 || text.length > FOLD_CHARS;
  const [open, setOpen] = useState(false);
  const shown = long && !open ? paragraphs.slice(0, 1) : paragraphs;
  return (
    <>
      <div id="strategy-text" data-testid="strategy-text" className="space-y-2" dir="auto">
        {shown.map((lines, i) => (
          <p key={i} className={`whitespace-pre-line break-words ${long && !open ? "line-clamp-4" : ""}`}>
            {lines.join("\n")}
          </p>
        ))}
      </div>
      {long && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls="strategy-text"
          onClick={() => setOpen(!open)}
          className="text-sm text-brand hover:underline"
        >
          {open ? "Show less" : "Read the whole statement"}
        </button>
      )}
    </>
  );
}

export function Strategy({ d }: { d: FundData }) {
  const s = d.strategy;
  const owner: Address = s?.owner ?? d.set.timelock;
  const provenance = s && provenanceOf(s, owner, s.creator);
  return (
    <section aria-labelledby="strategy-title" className="grid gap-4 text-sm lg:grid-cols-2">
      <div className="space-y-2">
        <h2 id="strategy-title" className="font-medium">
          Strategy
        </h2>
        {!s ? (
          <p data-testid="strategy-unread" className="text-subtle">
            The strategy statement could not be read.
          </p>
        ) : provenance?.kind === "none" ? (
          <p data-testid="strategy-none" className="text-subtle">
            The creator has not stated a strategy.
          </p>
        ) : (
          <>
            <Statement key={`${s.version}`} text={s.text} />
            <p data-testid="strategy-provenance" className="text-xs text-subtle">
              {provenance && provenanceText(provenance, formatDate, shortAddress)} The contracts do not check these
              words; the paragraph beside them is what they enforce.
            </p>
          </>
        )}
        {s && (
          <AppLink
            to={newProposalPath(d.set.fund, "strategy")}
            className="inline-block text-xs text-brand hover:underline"
          >
            {s.version > 0 ? "Propose a restatement" : "Propose a statement"}
          </AppLink>
        )}
      </div>
      <div className="space-y-2">
        <h2 id="enforced-title" className="font-medium">
          What the contracts enforce
        </h2>
        <p data-testid="strategy-enforced" className="text-subtle">
          {enforcedSentences(enforcedInput(d), shortAddress).join(" ")}
        </p>
      </div>
    </section>
  );
}
