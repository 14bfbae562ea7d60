// The wallet layer itself, loaded by walletLayer.ts: creates wagmi's config, mirrors its account
// into account.ts and reconnects a wallet this site knows (what WagmiProvider did on mount).
import { getAccount, reconnect, watchAccount, type GetAccountReturnType } from "wagmi/actions";

export { switchChain } from "wagmi/actions";
import type { Config } from "wagmi";
import { mirrorWallet, type WalletAccount } from "./account.ts";
import { config } from "./config.ts";

const pick = (a: GetAccountReturnType<Config>): WalletAccount => ({
  address: a.address,
  chainId: a.chainId,
  isConnected: a.isConnected,
  status: a.status,
});

export function startWallet(): Config {
  mirrorWallet(pick(getAccount(config)), config);
  watchAccount(config, { onChange: (a) => mirrorWallet(pick(a)) });
  void reconnect(config);
  return config;
}
