// Code that waits until its place on the page is about to be seen (the invest panel, the overview's
// sections below the charts): `ref` goes on the place, which is watched until it comes within
// AHEAD of the viewport (at once when it is already there); `want` asks for it on intent.
import { useSeen } from "./useSeen.ts";

// How far outside the viewport the code starts loading while the page scrolls towards it.
const AHEAD = "400px";

/** Whether the code for a place is wanted yet; `ref` goes on the place, `want` is called on intent. */
export function useNearView() {
  const { seen, ref, see } = useSeen(AHEAD);
  return { wanted: seen, want: see, ref };
}
