// The slippage tolerance behind the minimum-out guard: collapsed to one line until changed.
import { useState } from "react";
import type { Slippage } from "../../domain/portfolio/index.ts";
import { bpsPercent } from "../../lib/percent.ts";

interface Props {
  id: string;
  text: string;
  onChange: (text: string) => void;
  slippage: Slippage;
}

export function SlippageField({ id, text, onChange, slippage }: Props) {
  const [open, setOpen] = useState(false);
  const noteId = `${id}-note`;
  const note = !slippage.ok
    ? slippage.message
    : slippage.warning
      ? `Above 1%: the transaction may fill well below the preview.`
      : undefined;
  if (!open && slippage.ok && !slippage.warning) {
    return (
      <p className="text-xs text-subtle">
        Slippage tolerance {bpsPercent(slippage.bps)}{" "}
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="underline hover:text-fg focus-visible:outline-2 focus-visible:outline-brand"
        >
          Change
        </button>
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium">
        Slippage tolerance (%)
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!slippage.ok || undefined}
        aria-describedby={note ? noteId : undefined}
        className={
          `block w-24 rounded-md border bg-canvas px-2 py-1 font-mono text-sm ` +
          `${slippage.ok ? "border-line" : "border-danger"}`
        }
      />
      {note && (
        <p
          id={noteId}
          data-testid={`${id}-note`}
          className={`text-xs ${slippage.ok ? "text-amber-700 dark:text-amber-300" : "text-danger"}`}
        >
          {note}
        </p>
      )}
    </div>
  );
}
