import { NavLink } from "../lib/router/index.ts";
import { NAV_ITEMS } from "./routes.ts";
import { useCarriedSearch } from "../lib/carriedSearch.ts";

interface Props {
  /** Row in the top bar, or a column in the mobile menu. */
  layout: "row" | "column";
  onNavigate?: () => void;
}

export function NavLinks({ layout, onNavigate }: Props) {
  const search = useCarriedSearch();
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
      {NAV_ITEMS.map(({ to, label }) => (
        <li key={to}>
          {/* NavLink sets aria-current="page" on the current page. */}
          <NavLink
            to={{ pathname: to, search }}
            end={to === "/"}
            onClick={onNavigate}
            className={({ isActive }) =>
              [
                "block rounded-lg px-3 py-2 text-sm font-medium focus-visible:outline-2 " +
                  "focus-visible:outline-offset-2 focus-visible:outline-brand",
                isActive ? "bg-muted text-fg" : "text-subtle hover:bg-muted hover:text-fg",
              ].join(" ")
            }
          >
            {label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
