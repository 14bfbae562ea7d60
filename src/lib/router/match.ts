// Route patterns as the app writes them: literal segments, `:name` parameters and a final `*`.

export type Params = Record<string, string | undefined>;

/** The parameters of `pathname` under `pattern`, or undefined when it does not match. */
export function matchPath(pattern: string, pathname: string): Params | undefined {
  if (pattern === "*") return {};
  const want = pattern.split("/").filter(Boolean);
  const have = pathname.split("/").filter(Boolean);
  const params: Params = {};
  for (const [i, part] of want.entries()) {
    if (part === "*") return params;
    const seg = have[i];
    if (seg === undefined) return undefined;
    if (part.startsWith(":")) {
      try {
        params[part.slice(1)] = decodeURIComponent(seg);
      } catch {
        return undefined;
      }
    } else if (part !== seg) return undefined;
  }
  return have.length === want.length ? params : undefined;
}

export type To = string | { pathname?: string; search?: string; hash?: string };

/** `to` as an href; a `to` without a path keeps `pathname`. */
export function hrefOf(to: To, pathname: string): string {
  if (typeof to === "string") return to;
  const search = to.search ? (to.search.startsWith("?") ? to.search : `?${to.search}`) : "";
  const hash = to.hash ? (to.hash.startsWith("#") ? to.hash : `#${to.hash}`) : "";
  return `${to.pathname ?? pathname}${search}${hash}`;
}

/** Whether a link to `target` names the current page (or, unless `end`, one of its sub-pages). */
export function isActivePath(target: string, pathname: string, end: boolean): boolean {
  const t = target.replace(/\/+$/, "") || "/";
  const p = pathname.replace(/\/+$/, "") || "/";
  if (t === p) return true;
  if (end) return false;
  return t === "/" ? true : p.startsWith(`${t}/`);
}
