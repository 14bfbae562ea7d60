import { useCallback, useContext, useMemo } from "react";
import { LocationContext, ParamsContext } from "./context.ts";
import { go, type Location } from "./history.ts";
import { hrefOf, type Params, type To } from "./match.ts";

export function useLocation(): Location {
  return useContext(LocationContext);
}

export function useParams(): Params {
  return useContext(ParamsContext);
}

export interface NavigateOptions {
  replace?: boolean;
}

export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  const { pathname } = useLocation();
  return useCallback((to, options) => go(hrefOf(to, pathname), options?.replace), [pathname]);
}

type ParamsInit = URLSearchParams | string | Record<string, string>;

/** The query's parameters, and a setter that navigates to the same path with new ones. */
export function useSearchParams(): [
  URLSearchParams,
  (next: ParamsInit | ((prev: URLSearchParams) => ParamsInit), options?: NavigateOptions) => void,
] {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback(
    (next: ParamsInit | ((prev: URLSearchParams) => ParamsInit), options?: NavigateOptions) => {
      // The newest query, not the one rendered: two updates in one tick compose.
      const init = typeof next === "function" ? next(new URLSearchParams(window.location.search)) : next;
      const query = new URLSearchParams(init).toString();
      go(`${pathname}${query ? `?${query}` : ""}`, options?.replace);
    },
    [pathname],
  );
  return [params, set];
}
