// placeholderData for a read at a block: while the next block's read is on its way, the previous
// block's data of the same thing stays on screen, but never another thing's. react-query hands a
// placeholder the observer's previous data whatever its key was, so on a page that stays mounted
// while its address changes (one fund's page to another's through a link, one feed to another in
// a list) a bare `(previous) => previous` shows the last fund's figures under the new one's name.
import { hashKey, type QueryKey } from "@tanstack/react-query";

/** Keeps `previous` only when its key is `key` but for the last part (the block). */
export function previousOfSame<T>(key: QueryKey) {
  const same = hashKey(key.slice(0, -1));
  return (previous: T | undefined, query: { queryKey: QueryKey } | undefined) =>
    query && hashKey(query.queryKey.slice(0, -1)) === same ? previous : undefined;
}
