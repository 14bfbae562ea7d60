import { useCallback, useMemo } from "react";
import { useSearchParams } from "../../lib/router/hooks.ts";
import { parseView, writeView, type View } from "./view.ts";

/** The list's view from the URL, and a setter that writes changes back to it. */
export function useDiscoverView(): [View, (patch: Partial<View>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (patch: Partial<View>) => setParams((prev) => writeView(prev, { ...parseView(prev), ...patch }), { replace: true }),
    [setParams],
  );
  return [view, update];
}
