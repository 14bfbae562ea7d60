// The network the pages show, kept in the URL (`?chain=`). With a wallet connected, picking a
// network also asks the wallet to switch, as Uniswap's and Aave's interfaces do; if it declines,
// the pages still show the picked network and the banner offers the switch again.
import { useId } from "react";
import { useLocation, useNavigate } from "../lib/router/index.ts";
import { useAccount } from "../chain/account.ts";
import { useSwitchWalletChain } from "../chain/useSwitchWalletChain.ts";
import { appChainBySlug, appChains } from "../chain/chains.ts";
import { isSupportedChainId } from "../chain/addresses.ts";
import { useAppChain } from "../chain/useAppChain.ts";
import { urlOnChain } from "./chainUrl.ts";

export function NetworkPicker({ id }: { id: string }) {
  const selectId = useId();
  const { slug } = useAppChain();
  const { isConnected, chainId: wallet } = useAccount();
  const { switchChain } = useSwitchWalletChain();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();

  const pick = (next: string) => {
    const target = appChainBySlug(next);
    if (!target) return;
    navigate(urlOnChain(pathname, search, next));
    if (isConnected && wallet !== target.chain.id && isSupportedChainId(target.chain.id))
      switchChain({ chainId: target.chain.id });
  };

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={`${selectId}-${id}`} className="text-subtle">
        Network
      </label>
      <select
        id={`${selectId}-${id}`}
        data-testid={`network-picker-${id}`}
        value={slug}
        onChange={(e) => pick(e.target.value)}
        className={
          "max-w-44 rounded-lg border border-line bg-surface px-2 py-1 text-sm text-fg " +
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
        }
      >
        {appChains.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.chain.name}
            {isSupportedChainId(c.chain.id) ? "" : " (not deployed)"}
          </option>
        ))}
      </select>
    </div>
  );
}
