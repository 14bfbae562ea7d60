import { type ReactNode, startTransition, useLayoutEffect, useState } from "react";
import { LocationContext } from "./context.ts";
import { snapshot, subscribe } from "./history.ts";

/** The browser's location for every hook below; a change renders in a transition, as react-router does. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(snapshot);
  useLayoutEffect(() => {
    const update = () => startTransition(() => setLocation(snapshot()));
    update(); // a navigation between the first render and this effect
    return subscribe(update);
  }, []);
  return <LocationContext value={location}>{children}</LocationContext>;
}
