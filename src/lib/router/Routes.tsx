import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { ParamsContext } from "./context.ts";
import { useLocation } from "./hooks.ts";
import { matchPath } from "./match.ts";

interface RouteProps {
  path: string;
  element: ReactNode;
}

/** Declares a route for Routes; draws nothing itself. */
export function Route(_: RouteProps): null {
  return null;
}

/** The element of the first Route whose path matches the location, with its parameters. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  for (const child of Children.toArray(children)) {
    if (!isValidElement(child)) continue;
    const { path, element } = (child as ReactElement<RouteProps>).props;
    const params = matchPath(path, pathname);
    if (params) return <ParamsContext value={params}>{element}</ParamsContext>;
  }
  return null;
}
