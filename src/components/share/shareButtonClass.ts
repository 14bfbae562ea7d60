/** The share button's look, and its panel's buttons'. */
export const shareButtonClass =
  "min-h-9 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-muted " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand";
