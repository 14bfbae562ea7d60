import type { ReactNode } from "react";

interface Option<T extends string> {
  value: T;
  label: ReactNode;
  /** Accessible name when the label is only an icon. */
  name?: string;
}

interface Props<T extends string> {
  legend: string;
  /** Shows the legend as a visible label before the options. */
  showLegend?: boolean;
  name: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

/** A row of radio buttons that looks like a segmented switch; arrow keys move the choice. */
export function Segmented<T extends string>({ legend, showLegend, name, value, options, onChange }: Props<T>) {
  return (
    <fieldset className="flex items-center gap-2">
      <legend className={showLegend ? "float-left mr-2 whitespace-nowrap text-xs text-subtle" : "sr-only"}>
        {legend}
      </legend>
      <div className="inline-flex rounded-lg border border-line bg-surface p-0.5">
        {options.map((o) => (
          <label key={o.value} title={o.name} className="relative">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-label={o.name}
              className="peer absolute inset-0 cursor-pointer opacity-0"
            />
            <span
              className={
                "flex min-h-7 items-center whitespace-nowrap rounded-md px-2 text-xs font-medium " +
                "text-subtle peer-checked:bg-brand peer-checked:text-brand-fg peer-hover:text-fg " +
                "peer-checked:peer-hover:text-brand-fg peer-focus-visible:outline-2 " +
                "peer-focus-visible:outline-offset-1 peer-focus-visible:outline-brand"
              }
            >
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
