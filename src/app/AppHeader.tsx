import { Link } from "../lib/router/index.ts";
import { DenominationSwitch } from "./DenominationSwitch.tsx";
import { MobileMenu } from "./MobileMenu.tsx";
import { NetworkPicker } from "./NetworkPicker.tsx";
import { NavLinks } from "./NavLinks.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";
import { useCarriedSearch } from "../lib/carriedSearch.ts";
import { WalletButton } from "./WalletButton.tsx";

export function AppHeader() {
  const search = useCarriedSearch();
  return (
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3 sm:px-6">
        <Link
          to={{ pathname: "/", search }}
          className={
            "flex shrink-0 items-center gap-2 rounded-lg " +
            "font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 " +
            "focus-visible:outline-brand"
          }
        >
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Evergreen
        </Link>
        <nav aria-label="Pages" className="hidden lg:block">
          <NavLinks layout="row" />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <WalletButton />
          <MobileMenu />
        </div>
      </div>
      {/* Display settings: a second, quieter row on wide screens; in the menu on narrow ones. */}
      <div className="hidden border-t border-line lg:block">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2 sm:px-6">
          <NetworkPicker id="bar" />
          <div className="flex items-center gap-4">
            <DenominationSwitch id="bar" />
            <ThemeToggle id="bar" />
          </div>
        </div>
      </div>
    </header>
  );
}
