// Pages render only on a chain with Evergreen's contracts; on another chain picked in the URL
// (a public testnet before anyone deployed there) the app says so and links to the others.
import type { ReactNode } from "react";
import { Link } from "../lib/router/index.ts";
import { deployedChains, appChainById } from "../chain/chains.ts";
import { CHAIN_PARAM, useAppChain } from "../chain/useAppChain.ts";

export function ChainGate({ children }: { children: ReactNode }) {
  const { chain, deployed } = useAppChain();
  if (deployed) return children;
  return (
    <section aria-labelledby="page-title" className="space-y-3" data-testid="no-deployment">
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
        No Evergreen funds on {chain.name}
      </h1>
      <p className="max-w-2xl text-sm text-subtle">
        Evergreen's contracts are not deployed on {chain.name} (chain {chain.id}) yet, so there is nothing to show or
        invest in here. Pick a network where it runs:
      </p>
      <ul className="flex flex-wrap gap-2">
        {deployedChains.map((c) => (
          <li key={c.id}>
            <Link
              to={`/?${CHAIN_PARAM}=${appChainById(c.id)?.slug}`}
              className="inline-block rounded-lg border border-line px-3 py-1.5 text-sm font-medium hover:bg-muted"
            >
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
