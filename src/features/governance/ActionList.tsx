import { useMemo } from "react";
import { formatEther } from "viem";
import {
  decodeAction,
  describeAction,
  proposalSet,
  type DescribeContext,
  type RawAction,
} from "../../domain/governance/index.ts";
import { govAbis } from "./chain/abis.ts";

interface Props {
  actions: readonly RawAction[];
  ctx: DescribeContext;
  /** Shown above the list, e.g. "What executing it does". */
  label: string;
}

/** Each action in words, its warnings, and its raw target, value and calldata on request. */
export function ActionList({ actions, ctx, label }: Props) {
  const described = useMemo(() => {
    const set = proposalSet(actions, ctx.set, govAbis);
    return actions.map((a) => ({ a, t: describeAction(decodeAction(a, set, govAbis), ctx) }));
  }, [actions, ctx]);
  return (
    <section aria-label={label} className="space-y-2">
      <h3 className="text-sm font-medium">{label}</h3>
      <ol className="space-y-2" data-testid="actions">
        {described.map(({ a, t }, i) => (
          <li key={i} data-testid="action" className="rounded-lg border border-line bg-surface p-3 text-sm">
            <p className="font-medium break-words">
              <span className="mr-1 text-subtle">{i + 1}.</span>
              {t.title}
            </p>
            {t.details.map((d) => (
              <p key={d} className="mt-1 text-subtle break-words">
                {d}
              </p>
            ))}
            {t.warnings.map((w) => (
              <p key={w} role="note" className="mt-1 font-medium text-danger">
                {w}
              </p>
            ))}
            <details className="mt-2 text-xs">
              <summary className="cursor-pointer text-subtle hover:text-fg">Raw calldata</summary>
              <dl className="mt-1 space-y-1 font-mono break-all">
                <div>
                  <dt className="inline text-subtle">target </dt>
                  <dd className="inline">{a.target}</dd>
                </div>
                <div>
                  <dt className="inline text-subtle">value </dt>
                  <dd className="inline">{formatEther(a.value)} ETH</dd>
                </div>
                <div>
                  <dt className="inline text-subtle">calldata </dt>
                  <dd className="inline">{a.calldata}</dd>
                </div>
              </dl>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
