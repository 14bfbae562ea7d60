// The top bar's wallet buttons, shared by the light button of the first paint and RainbowKit's.
export const walletButtonClass =
  "inline-flex h-9 items-center gap-2 rounded-lg px-3 text-sm font-medium focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-brand";

export const connectButtonClass = `${walletButtonClass} bg-brand text-brand-fg hover:opacity-90`;
