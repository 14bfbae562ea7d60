// The packed records of FundListLens (its NatSpec gives the layout): each fund's summary, the exact
// NAV checkpoints its returns start from, and a thinned trend, a few hundred bytes a fund.
import { bytesToHex, getAddress, hexToBytes, type Address, type Hex } from "viem";
import type { FeeState, NavPoint } from "../domain/valuation/index.ts";

/** What a list draws of one fund the lens could read. */
export interface RecordSummary {
  asset: Address;
  assetFeed: Address;
  decimals: number;
  assetDecimals: number;
  assetFeedDecimals: number;
  mechanism: number;
  pricesFresh: boolean;
  /** The fund has no manager token: its investors govern with their shares. */
  investorGoverned: boolean;
  name: string;
  symbol: string;
  assetSymbol: string;
  assetUsdPrice: bigint;
  managerTokenSupply: bigint;
  fees: FeeState;
  nav: bigint;
  perShare: bigint;
  perManagerToken: bigint;
}

/**
 * A fund's history as the lens packs it: `returns`, the exact checkpoints every return window
 * starts from (the first since the day asked, each window's start, the last), in time order;
 * `trend`, evenly spread checkpoints at the start of their UTC day, NAV per share rounded to one
 * of 65,535 levels between the lowest and the highest (for drawing only).
 */
export interface RecordHistory {
  returns: NavPoint[];
  trend: NavPoint[];
}

export interface FundRecord {
  fund: Address;
  /** Undefined when the lens could not read the fund. */
  summary?: RecordSummary;
  /** Undefined when the fund's history could not be read. */
  history?: RecordHistory;
}

const LEVELS = 65_535n;
const HISTORY_FAILED = 0xff;
const DAY = 86_400n;

class Reader {
  private at = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  get done() {
    return this.at >= this.bytes.length;
  }
  take(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new Error("A fund list record ends early.");
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  /** `n` bytes, big-endian. */
  fixed(n: number): bigint {
    return n === 0 ? 0n : BigInt(bytesToHex(this.take(n)));
  }
  byte = () => Number(this.fixed(1));
  address = () => getAddress(bytesToHex(this.take(20)));
  uint = () => this.fixed(this.byte());
  int() {
    const head = this.byte();
    const m = this.fixed(head & 0x7f);
    return head & 0x80 ? -m : m;
  }
  string = () => new TextDecoder().decode(this.take(this.byte()));
}

function summaryOf(r: Reader): RecordSummary {
  const [asset, assetFeed] = [r.address(), r.address()];
  const [decimals, assetDecimals, assetFeedDecimals, mechanism, flags] = [
    r.byte(),
    r.byte(),
    r.byte(),
    r.byte(),
    r.byte(),
  ];
  const [name, symbol, assetSymbol] = [r.string(), r.string(), r.string()];
  const assetUsdPrice = r.int();
  const managerTokenSupply = r.uint();
  const fees = {
    managementBps: r.uint(),
    performanceBps: r.uint(),
    hurdleBps: r.uint(),
    hwm: r.uint(),
    hwmTime: r.uint(),
    lastAccrual: r.uint(),
  };
  const [nav, perShare, perManagerToken] = [r.uint(), r.uint(), r.uint()];
  return {
    asset,
    assetFeed,
    decimals,
    assetDecimals,
    assetFeedDecimals,
    mechanism,
    // The flags byte: bit 0 fresh prices, bit 1 investor-governed.
    pricesFresh: (flags & 1) === 1,
    investorGoverned: (flags & 2) === 2,
    name,
    symbol,
    assetSymbol,
    assetUsdPrice,
    managerTokenSupply,
    fees,
    nav,
    perShare,
    perManagerToken,
  };
}

function historyOf(r: Reader): RecordHistory | undefined {
  const n = r.byte();
  if (n === HISTORY_FAILED) return undefined;
  const returns: NavPoint[] = [];
  for (let i = 0; i < n; i++) returns.push({ t: r.fixed(5), navPerShare: r.uint() });
  const m = r.byte();
  const trend: NavPoint[] = [];
  if (m > 0) {
    const day0 = r.fixed(4);
    const [lo, hi] = [r.uint(), r.uint()];
    for (let i = 0; i < m; i++) {
      const [day, level] = [r.fixed(2), r.fixed(2)];
      trend.push({ t: (day0 + day) * DAY, navPerShare: lo + (level * (hi - lo)) / LEVELS });
    }
  }
  return { returns, trend };
}

/** The records of `FundListLens.page`'s data, in registry order. */
export function decodeRecords(data: Hex): FundRecord[] {
  const r = new Reader(hexToBytes(data));
  const out: FundRecord[] = [];
  while (!r.done) {
    const fund = r.address();
    if (r.byte() === 0) out.push({ fund });
    else out.push({ fund, summary: summaryOf(r), history: historyOf(r) });
  }
  return out;
}

/** The history `FundListLens.history` returns; undefined if it says it could not be read. */
export function decodeHistory(data: Hex): RecordHistory | undefined {
  return historyOf(new Reader(hexToBytes(data)));
}
