// Opens the wallet dialog from anywhere (a "Connect to deposit" button), although the wallet
// UI is loaded lazily inside the top bar: it registers its opener here once it is ready.
import { useSyncExternalStore } from "react";

type Open = () => void;
let opener: Open | undefined;
const listeners = new Set<() => void>();

export function setConnectModalOpener(open: Open | undefined): void {
  opener = open;
  listeners.forEach((l) => l());
}

/** Opens the connect dialog; undefined while the wallet UI loads or when already connected. */
export function useOpenConnectModal(): Open | undefined {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => opener,
  );
}
