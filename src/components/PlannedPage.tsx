import type { ReactNode } from "react";
import { Link } from "react-router";

interface Props {
  title: string;
  /** What the page will show once built. */
  purpose: string;
  /** What already works here, if anything beyond the link back. */
  children?: ReactNode;
}

/** An honest page for a section that is not built yet: what it will be, no made-up data. */
export function PlannedPage({ title, purpose, children }: Props) {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-1 max-w-2xl text-sm text-subtle">{purpose}</p>
      </header>
      <div className="rounded-xl border border-dashed border-line bg-surface p-6 text-sm">
        <p className="font-medium">Not available yet</p>
        <p className="mt-1 text-subtle">
          This page is being built. Meanwhile, every fund and its on-chain values are on{" "}
          <Link to="/" className="font-medium text-brand underline underline-offset-2">Discover</Link>.
        </p>
        {children}
      </div>
    </section>
  );
}
