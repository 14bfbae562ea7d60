/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_RPC_URL?: string;
  /** WalletConnect Cloud project id: enables mobile wallets over WalletConnect. */
  readonly VITE_WALLETCONNECT_PROJECT_ID?: string;
}
