import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  connectOpener,
  openConnectModal,
  resetConnectModal,
  setConnectModalOpener,
  walletUiWanted,
  wantWalletUi,
} from "./connectModal.ts";

describe("the connect dialog and the wallet UI loaded on demand", () => {
  beforeEach(() => resetConnectModal());

  it("wants no wallet UI on a fresh page, yet offers an opener", () => {
    expect(walletUiWanted()).toBe(false);
    expect(connectOpener()).toBe(openConnectModal);
  });

  it("asks for the UI on a press, then opens the dialog once the UI registers its opener", () => {
    connectOpener()?.();
    expect(walletUiWanted()).toBe(true);
    const open = vi.fn();
    setConnectModalOpener(open);
    expect(open).toHaveBeenCalledTimes(1);
    expect(connectOpener()).toBe(open);
    // Registered again (a re-render, React's strict mode): the press is not replayed.
    setConnectModalOpener(undefined);
    setConnectModalOpener(open);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("opens nothing when the UI loads for a known wallet without a press", () => {
    wantWalletUi();
    expect(walletUiWanted()).toBe(true);
    const open = vi.fn();
    setConnectModalOpener(open);
    expect(open).not.toHaveBeenCalled();
  });

  it("drops a press when a wallet connected while the UI loaded, and offers no opener then", () => {
    openConnectModal();
    setConnectModalOpener(undefined); // RainbowKit has no opener while a wallet is connected
    expect(connectOpener()).toBeUndefined();
    const open = vi.fn();
    setConnectModalOpener(open); // the wallet disconnects later
    expect(open).not.toHaveBeenCalled();
  });

  it("opens at once when the UI is already there", () => {
    const open = vi.fn();
    setConnectModalOpener(open);
    openConnectModal();
    expect(open).toHaveBeenCalledTimes(1);
  });
});
