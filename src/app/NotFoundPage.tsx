import { Link, useLocation } from "../lib/router/index.ts";

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-md py-12 text-center">
      <p className="font-mono text-sm text-subtle">404</p>
      <h1 id="page-title" className="mt-1 text-2xl font-semibold tracking-tight">
        Page not found
      </h1>
      <p className="mt-2 text-sm text-subtle">
        Nothing lives at <code className="break-all font-mono text-fg">{pathname}</code>.
      </p>
      <Link
        to="/"
        className={
          "mt-6 inline-block rounded-lg bg-brand px-4 py-2 " +
          "text-sm font-medium text-brand-fg hover:opacity-90 focus-visible:outline-2 " +
          "focus-visible:outline-offset-2 focus-visible:outline-brand"
        }
      >
        Go to Discover
      </Link>
    </section>
  );
}
