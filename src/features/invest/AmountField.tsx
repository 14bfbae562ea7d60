// A money field: the text stays exactly as typed; its error or hint is read out with it.
import type { Ref } from "react";

interface Props {
  id: string;
  label: string;
  symbol: string;
  value: string;
  onChange: (text: string) => void;
  onMax?: () => void;
  error?: string;
  hint?: string;
  /** Why Max filled less than the holding, or nothing. */
  notice?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function AmountField({ id, label, symbol, value, onChange, onMax, error, hint, notice, inputRef }: Props) {
  const noteId = `${id}-note`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div
        className={
          `flex items-center gap-2 rounded-lg border bg-canvas px-3 focus-within:outline-2 ` +
          `focus-within:outline-brand ${error ? "border-danger" : "border-line"}`
        }
      >
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0.0"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error || hint ? noteId : "", notice ? `${id}-notice` : ""].join(" ").trim() || undefined}
          className="min-w-0 flex-1 bg-transparent py-2 font-mono text-lg outline-none"
        />
        <span className="text-sm text-subtle">{symbol}</span>
        {onMax && (
          <button
            type="button"
            onClick={onMax}
            className={
              "rounded-md border border-line px-2 py-0.5 " +
              "text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-brand"
            }
          >
            Max
          </button>
        )}
      </div>
      {notice && (
        <p
          id={`${id}-notice`}
          data-testid={`${id}-notice`}
          role="status"
          className="text-sm text-amber-700 dark:text-amber-300"
        >
          {notice}
        </p>
      )}
      {error ? (
        <p id={noteId} data-testid={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : (
        hint && (
          <p id={noteId} className="text-xs text-subtle">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
