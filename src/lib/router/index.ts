// The app's router: the part of react-router's API the app uses (a path per page, the query as
// state), about a tenth of its size in the first download.
export { BrowserRouter } from "./BrowserRouter.tsx";
export { type NavigateOptions, useLocation, useNavigate, useParams, useSearchParams } from "./hooks.ts";
export { Link, type LinkProps, NavLink } from "./Link.tsx";
export { Route, Routes } from "./Routes.tsx";
