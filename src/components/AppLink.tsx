import type { ComponentProps } from "react";
import { Link } from "../lib/router/index.ts";
import { useCarry } from "../lib/carriedSearch.ts";

/** A link inside the app that keeps the network and the denomination the user chose. */
export function AppLink({ to, ...props }: Omit<ComponentProps<typeof Link>, "to"> & { to: string }) {
  const carry = useCarry();
  return <Link to={carry(to)} {...props} />;
}
