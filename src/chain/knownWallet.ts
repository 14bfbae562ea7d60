// Whether this visit has a wallet to reconnect, found without loading wagmi: one this site
// connected before (wagmi's storage remembers its connector), or a browser wallet announcing
// itself through EIP-6963 that already authorised the site (it lists an account without asking),
// which wagmi reconnects when it loads. A visitor without either loads no wallet code.

// wagmi's default storage: localStorage, keys prefixed "wagmi.", values JSON.
function stored(key: string): unknown {
  try {
    const raw = localStorage.getItem(`wagmi.${key}`);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

interface Announced {
  info?: { rdns?: string };
  provider?: { request(args: { method: string }): Promise<unknown> };
}

/**
 * Calls `found` once when there is a wallet to reconnect: `remembered` when this site connected
 * it before. Returns what stops listening for wallets.
 */
export function findKnownWallet(found: (remembered: boolean) => void): () => void {
  let done = false;
  const once = (remembered: boolean) => {
    if (done) return;
    done = true;
    found(remembered);
  };
  if (stored("recentConnectorId")) {
    once(true);
    return () => undefined;
  }
  const onAnnounce = (event: Event) => {
    const { info, provider } = ((event as CustomEvent<Announced>).detail ?? {}) as Announced;
    // A wallet the user disconnected here stays so, as wagmi's own check does.
    if (!provider?.request || (info?.rdns && stored(`${info.rdns}.disconnected`))) return;
    provider.request({ method: "eth_accounts" }).then(
      (accounts) => Array.isArray(accounts) && accounts.length > 0 && once(false),
      () => undefined,
    );
  };
  window.addEventListener("eip6963:announceProvider", onAnnounce);
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  return () => window.removeEventListener("eip6963:announceProvider", onAnnounce);
}
