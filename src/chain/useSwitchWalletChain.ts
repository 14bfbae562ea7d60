// Switching the wallet's chain, as wagmi's useSwitchChain, for parts of the page that render
// before the wallet layer has loaded (the network picker, the wrong-network banner).
import { useCallback, useState } from "react";
import { switchWalletChain } from "./walletLayer.ts";

interface State {
  isPending: boolean;
  error: Error | null;
}

const IDLE: State = { isPending: false, error: null };

export function useSwitchWalletChain() {
  const [state, setState] = useState<State>(IDLE);
  const switchChain = useCallback(({ chainId }: { chainId: number }) => {
    setState({ isPending: true, error: null });
    switchWalletChain(chainId).then(
      () => setState(IDLE),
      (error: Error) => setState({ isPending: false, error }),
    );
  }, []);
  const reset = useCallback(() => setState(IDLE), []);
  return { switchChain, reset, ...state };
}
