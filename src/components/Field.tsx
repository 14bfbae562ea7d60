import { useId, type ReactNode } from "react";

/** A text input's look, shared by every form. */
export const inputClass =
  "w-full rounded-lg border border-line bg-surface px-3 py-2 text-sm aria-[invalid=true]:border-danger " +
  "focus-visible:outline-2 focus-visible:outline-brand";

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
  mono?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
  /** Render a select with these options instead of a text input. */
  options?: readonly { value: string; label: string }[];
  multiline?: boolean;
  /** A text area's height in lines. */
  rows?: number;
  testId?: string;
}

/** A labelled input with its hint and, when the input is not usable, the reason under it. */
export function Field({
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
  mono,
  inputMode,
  options,
  multiline,
  rows = 4,
  testId,
}: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    "aria-invalid": !!error,
    "aria-describedby": described,
    "data-testid": testId,
    className: `${inputClass} ${mono ? "font-mono" : ""}`,
  };
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {!options.some((o) => o.value === value) && (
            <option value={value} disabled>
              Choose…
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={rows} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
