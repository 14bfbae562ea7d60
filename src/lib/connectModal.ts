// Opens the wallet dialog from anywhere (a "Connect to deposit" button), although the wallet UI
// (RainbowKit and the connectors) loads only once someone asks for it: until it has loaded, the
// opener asks for it and the dialog opens as soon as the UI registers its own opener here.
import { useSyncExternalStore } from "react";

type Open = () => void;

interface State {
  /** Someone asked for the wallet UI (a connect button), or it is needed (a known wallet). */
  wanted: boolean;
  /** The wallet UI has loaded and registered itself. */
  loaded: boolean;
  /** RainbowKit's opener; undefined while a wallet is connected. */
  opener: Open | undefined;
  /** A connect button was pressed before the UI could open the dialog. */
  openPending: boolean;
}

let state: State = { wanted: false, loaded: false, opener: undefined, openPending: false };
const listeners = new Set<() => void>();

function update(next: Partial<State>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Loads the wallet UI without opening anything (a wallet is already known to this site). */
export function wantWalletUi(): void {
  if (!state.wanted) update({ wanted: true });
}

/** Opens the connect dialog, loading the wallet UI first if it is not there yet. */
export function openConnectModal(): void {
  if (state.loaded) {
    state.opener?.();
    return;
  }
  update({ wanted: true, openPending: true });
}

/**
 * Called by the wallet UI with RainbowKit's opener, whenever it changes. A press that waited
 * for the UI opens the dialog now, or is dropped when a wallet connected meanwhile.
 */
export function setConnectModalOpener(open: Open | undefined): void {
  const pending = state.openPending;
  update({ loaded: true, wanted: true, opener: open, openPending: false });
  if (pending) open?.();
}

/** Whether the wallet UI should be loaded (and stay loaded). */
export function walletUiWanted(): boolean {
  return state.wanted;
}

/** What a connect button calls: undefined once the UI has loaded while a wallet is connected. */
export function connectOpener(): Open | undefined {
  return state.loaded ? state.opener : openConnectModal;
}

export function useWalletUiWanted(): boolean {
  return useSyncExternalStore(subscribe, walletUiWanted);
}

/**
 * Opens the connect dialog (loading the wallet UI first when needed); undefined once the UI
 * has loaded while a wallet is connected, as there is nothing to connect.
 */
export function useOpenConnectModal(): Open | undefined {
  return useSyncExternalStore(subscribe, connectOpener);
}

/** For tests: back to a fresh page. */
export function resetConnectModal(): void {
  state = { wanted: false, loaded: false, opener: undefined, openPending: false };
}
