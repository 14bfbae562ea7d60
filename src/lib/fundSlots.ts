// How features contribute sections to a fund's page without importing each other: the app
// composes them (src/app/fundSlots.ts) and the fund page renders what it is given.
import type { ComponentType } from "react";
import type { Address } from "viem";

/** What a section built by another feature gets to render on a fund's page. */
export interface FundSlotProps {
  fund: Address;
}

/** A tab after the fund's own ones. */
export interface FundTab {
  id: string;
  label: string;
  Panel: ComponentType<FundSlotProps>;
  /** Starts loading the panel's code before it is opened (on a hint of intent). */
  preload?: () => void;
  /** Shown only for funds decided by this mechanism (`Fund.mechanism()`); for every fund without it. */
  mechanism?: number;
  /** Shown only for funds with a manager token (not for investor-governed funds). */
  managerToken?: boolean;
}
