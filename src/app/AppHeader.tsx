import { evergreenLocal } from "../chain/index.ts";

export function AppHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <a href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Evergreen
        </a>
        <span className="rounded-full border border-line px-2.5 py-0.5 text-xs text-subtle">{evergreenLocal.name}</span>
      </div>
    </header>
  );
}
