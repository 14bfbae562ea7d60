// When the user switches the wallet to another Evergreen chain, the pages follow it (the URL's
// `?chain=` is updated), as on Uniswap's interface. Only a change does this: opening a link to
// one chain with a wallet on another keeps the link's chain, and the banner offers the switch.
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { useAccount } from "wagmi";
import { appChainById } from "../chain/chains.ts";
import { isSupportedChainId } from "../chain/contracts.ts";
import { CHAIN_PARAM } from "../chain/useAppChain.ts";

export function useFollowWallet(): void {
  const { chainId } = useAccount();
  const [params, setParams] = useSearchParams();
  const previous = useRef(chainId);
  useEffect(() => {
    const before = previous.current;
    previous.current = chainId;
    if (before === undefined || chainId === before || !isSupportedChainId(chainId) || !params.has(CHAIN_PARAM)) return;
    const slug = appChainById(chainId)?.slug;
    if (slug && params.get(CHAIN_PARAM) !== slug)
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(CHAIN_PARAM, slug);
          return next;
        },
        { replace: true },
      );
  }, [chainId, params, setParams]);
}
