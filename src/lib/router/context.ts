import { createContext } from "react";
import type { Location } from "./history.ts";
import type { Params } from "./match.ts";

/** The location every hook reads, provided by BrowserRouter. */
export const LocationContext = createContext<Location>({ pathname: "/", search: "", hash: "" });

/** The parameters of the route Routes drew. */
export const ParamsContext = createContext<Params>({});
