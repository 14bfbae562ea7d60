/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_RPC_URL?: string;
  /** Several RPC URLs, comma-separated: a ranked fallback. `VITE_RPC_URLS_<chainId>` names a chain's own. */
  readonly VITE_RPC_URLS?: string;
  /** WalletConnect Cloud project id: enables mobile wallets over WalletConnect. */
  readonly VITE_WALLETCONNECT_PROJECT_ID?: string;
}
