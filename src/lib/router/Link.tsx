import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { go } from "./history.ts";
import { useLocation } from "./hooks.ts";
import { hrefOf, isActivePath, type To } from "./match.ts";

type Anchor = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "className">;

export interface LinkProps extends Anchor {
  to: To;
  replace?: boolean;
  className?: string;
}

/** Whether a click is the browser's own (new tab, download…) rather than an in-app navigation. */
function browserHandles(e: MouseEvent<HTMLAnchorElement>, target?: string): boolean {
  return e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey || !!target;
}

export function Link({ to, replace, onClick, target, ...props }: LinkProps) {
  const { pathname } = useLocation();
  const href = hrefOf(to, pathname);
  return (
    <a
      {...props}
      href={href}
      target={target}
      onClick={(e) => {
        onClick?.(e);
        if (browserHandles(e, target)) return;
        e.preventDefault();
        go(href, replace);
      }}
    />
  );
}

interface NavLinkProps extends Omit<LinkProps, "className"> {
  /** Active only on the very path, not on its sub-pages. */
  end?: boolean;
  className?: string | ((state: { isActive: boolean }) => string);
}

/** A Link that knows whether it names the current page, and says so with aria-current. */
export function NavLink({ end = false, className, ...props }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = typeof props.to === "string" ? props.to.split("?")[0] : (props.to.pathname ?? pathname);
  const isActive = isActivePath(target, pathname, end);
  return (
    <Link
      {...props}
      aria-current={isActive ? "page" : undefined}
      className={typeof className === "function" ? className({ isActive }) : className}
    />
  );
}
