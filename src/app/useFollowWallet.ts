// When the user switches the wallet to another Evergreen chain, the pages follow it, as on
// Uniswap's interface. Only a change does this: opening a link to one chain with a wallet on
// another keeps the link's chain, and the banner offers the switch.
import { useEffect, useRef } from "react";
import { useLocation, useNavigate } from "../lib/router/hooks.ts";
import { useAccount } from "../chain/account.ts";
import { appChainById } from "../chain/chains.ts";
import { isSupportedChainId } from "../chain/addresses.ts";
import { useAppChain } from "../chain/useAppChain.ts";
import { urlOnChain } from "./chainUrl.ts";

export function useFollowWallet(): void {
  const { chainId } = useAccount();
  const { chain } = useAppChain();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const previous = useRef(chainId);
  useEffect(() => {
    const before = previous.current;
    previous.current = chainId;
    if (before === undefined || chainId === before || !isSupportedChainId(chainId) || chainId === chain.id) return;
    const slug = appChainById(chainId)?.slug;
    if (slug) navigate(urlOnChain(pathname, search, slug));
  }, [chainId, chain.id, pathname, search, navigate]);
}
