import { useEffect, useId, useRef, useState } from "react";
import { useLocation } from "../lib/router/index.ts";
import { DenominationSwitch } from "./DenominationSwitch.tsx";
import { NavLinks } from "./NavLinks.tsx";
import { NetworkPicker } from "./NetworkPicker.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

/** Below the `lg` breakpoint: a disclosure button with the pages and the display settings. */
export function MobileMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // Navigating closes the menu.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div
      className="lg:hidden"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={
          "inline-flex size-9 items-center justify-center rounded-lg border " +
          "border-line bg-surface hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 " +
          "focus-visible:outline-brand"
        }
      >
        <span className="sr-only">Menu</span>
        <svg
          viewBox="0 0 20 20"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          aria-hidden="true"
        >
          <path d={open ? "M5 5l10 10M15 5L5 15" : "M3 6h14M3 10h14M3 14h14"} />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 border-b border-line bg-surface shadow-lg"
      >
        <nav aria-label="Pages" className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
          <NavLinks layout="column" onNavigate={() => setOpen(false)} />
        </nav>
        <div
          className={
            "mx-auto flex max-w-6xl flex-wrap items-center justify-between " +
            "gap-3 border-t border-line px-4 py-3 sm:px-6"
          }
        >
          <NetworkPicker id="menu" />
          <DenominationSwitch id="menu" />
          <ThemeToggle id="menu" />
        </div>
      </div>
    </div>
  );
}
