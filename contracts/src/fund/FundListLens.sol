// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {FundFactory} from "../factory/FundFactory.sol";
import {Fund} from "./Fund.sol";
import {Distributor} from "../periphery/Distributor.sol";
import {FundLens} from "./FundLens.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @dev A Chainlink-style proxy's phases: the aggregator behind each, counted from 1.
interface IPhasedFeed {
    function phaseId() external view returns (uint16);
    function phaseAggregators(uint16 phase) external view returns (AggregatorV3Interface);
}

/// @title FundListLens
/// @notice What a list of funds draws, packed into bytes so that hundreds of funds with a year of
/// history cost a few hundred bytes each: each fund's summary, the NAV checkpoints the returns
/// over each window start from, and a thinned trend of its NAV per share. A record, big-endian:
/// - `fund` (20 bytes), `ok` (1): 0 when the summary could not be read, and the record ends there;
/// - `asset`, `assetFeed` (20 each), `decimals`, `assetDecimals`, `assetFeedDecimals`,
///   `mechanism`, `flags` (1 each: bit 0 set when the prices are fresh, bit 1 when the fund is
///   investor-governed, without a manager token); `name`, `symbol`, `assetSymbol` (a length byte, then the
///   bytes); the asset's USD answer (an int: a length byte whose top bit is the sign, then the
///   magnitude); then as uints (a length byte 0–32, then that many bytes): `managerTokenSupply`,
///   the fees' `managementBps`, `performanceBps`, `hurdleBps`, `hwm`, `hwmTime`, `lastAccrual`, and
///   the intrinsic `nav`, `perShare`, `perManagerToken`;
/// - the history, as `history` returns it.
/// @dev Each fund is read in gas-bounded calls, so a fund whose token or feed reverts or burns gas
/// is flagged instead of failing the list, and a page stops early rather than run out of gas.
contract FundListLens {
    /// @notice Gas one fund's summary may use (as `FundLens.SUMMARY_GAS`).
    uint256 public constant SUMMARY_GAS = 2_000_000;
    /// @notice Gas one fund's history may use: a few dozen checkpoint reads and four binary searches
    /// (a year of daily checkpoints and a 48-point trend take about 0.35M).
    uint256 public constant HISTORY_GAS = 600_000;
    /// @notice Gas kept back for each fund besides those bounds: the calls, the packing, the memory.
    uint256 private constant _RESERVE = 300_000;
    /// @notice Most trend points a history may ask for (its count is one byte, with the last point).
    uint256 public constant MAX_TREND = 254;
    /// @notice Most return windows a history may ask for.
    uint256 public constant MAX_WINDOWS = 8;
    /// @notice Levels of a trend point between the trend's lowest and highest NAV per share.
    uint256 public constant LEVELS = 65_535;
    /// @notice Most distributions a history adjusts for: a fund that distributed more often since
    /// the day asked has its history start at the first checkpoint the last of them can adjust.
    uint256 public constant MAX_DISTRIBUTIONS = 32;
    /// @notice The history count byte of a fund whose history could not be read.
    uint8 public constant HISTORY_FAILED = 0xff;
    /// @notice Most times `answersAt` looks up in one call.
    uint256 public constant MAX_TIMES = 256;
    /// @notice Most phases of a feed `answersAt` searches (Chainlink's proxies have had a few).
    uint16 public constant MAX_PHASES = 16;

    /// @notice Gas one fund's `manager()` may use in `managedBy`.
    uint256 public constant MANAGER_GAS = 30_000;
    /// @notice Most funds `managedBy` describes: anyone may create funds naming any manager, so
    /// the list is bounded (it says when it stopped short).
    uint256 public constant MAX_MANAGED = 12;

    /// @notice A fund of the registry that names a given manager: its name and its NAV per share at
    /// its first checkpoint with one (as a total return, as `history` counts it) and now (after a preview accrual), in its asset's units per
    /// whole share. `ok` is false when the fund could not be read within its gas (then only `fund`).
    struct Managed {
        address fund;
        bool ok;
        string name;
        uint8 mechanism;
        uint64 firstTime;
        uint256 firstNav;
        uint256 navPerShare;
    }

    /// @notice The lens whose summaries the records pack.
    FundLens public immutable lens;

    /// @notice Thrown when a history asks for more than `MAX_TREND` trend points.
    error TooManyTrendPoints(uint256 points);
    /// @notice Thrown when a history asks for more than `MAX_WINDOWS` return windows.
    error TooManyWindows(uint256 windows);
    /// @notice Thrown when `answersAt` is asked for more than `MAX_TIMES` times, or not in ascending order.
    error BadTimes();
    /// @notice Thrown when `answersAt` is asked of a proxy of more than `MAX_PHASES` phases: its
    /// rounds are read from its aggregators' logs instead.
    error TooManyPhases(uint16 phaseId);

    /// @dev The distributions a history adjusts for (see `Distributor.growthSince`): the growth
    /// index in force before the first of `words`, each word, and the index now.
    struct Growth {
        uint256 base;
        uint256[] words;
        uint256 current;
    }

    /// @dev A phase of a feed for `answersAt`: its aggregator, its first round's time, its latest
    /// round, and the first round's time of the phases after it (its later rounds are left out).
    struct Phase {
        AggregatorV3Interface agg;
        uint256 start;
        uint256 latest;
        uint256 cutoff;
    }

    /// @dev A byte buffer being written: `pos` bytes of `buf` written so far.
    struct Writer {
        bytes buf;
        uint256 pos;
    }

    constructor(FundLens lens_) {
        lens = lens_;
    }

    /// @notice The records of at most `limit` funds of `factory`'s registry from index `offset`,
    /// concatenated (layout above), with their histories since UTC day `sinceDay` (see `history`).
    /// Stops early, with fewer (`read`), when the gas left could not give the next fund its bounds;
    /// the caller reads on from `offset + read`.
    function page(
        FundFactory factory,
        uint256 offset,
        uint256 limit,
        uint256 sinceDay,
        uint256[] calldata windows,
        uint256 trendPoints
    ) external view returns (uint256 read, bytes memory data) {
        _check(windows.length, trendPoints);
        FundFactory.FundSet[] memory sets = factory.fundsPage(offset, limit);
        bytes[] memory records = new bytes[](sets.length);
        uint256 bound = SUMMARY_GAS + HISTORY_GAS + (SUMMARY_GAS + HISTORY_GAS) / 63 + _RESERVE;
        for (; read < sets.length && gasleft() >= bound; ++read) {
            records[read] = _record(sets[read], sinceDay, windows, trendPoints);
        }
        data = _concat(records, read);
    }

    /// @notice The NAV history of `fund` (one of the factory's funds) since UTC day `sinceDay`, as a
    /// total return: each checkpoint's NAV per share counts as `⌊nav × g / gNow⌋` (at least 1), `g`
    /// the distributor's growth index in force when it was written and `gNow` the index now, so a
    /// distribution is not a loss (`Distributor.nextGrowth`); without distributions, the NAV per share:
    /// - the checkpoints any return over `windows` (seconds, each ending now) starts from, exact:
    ///   a count byte, then each as its time (5 bytes) and NAV per share (a uint), in time order:
    ///   the first since `sinceDay`, for each window the last at or before its start (if after
    ///   the first), and the last. Days without shares are skipped, as a client drawing the
    ///   checkpoints skips them, so a client computes the same returns from these as from all;
    /// - a trend (none for 0 points) of at most `trendPoints + 1` of those checkpoints, evenly spread by index from the
    ///   first since `sinceDay` to the last (days without shares left out): a count byte; then the
    ///   first point's UTC day (4 bytes), the lowest and highest NAV per share (uints), and for
    ///   each point its day after the first (2 bytes) and its level (2 bytes),
    ///   `⌊(nav − lowest) × LEVELS / (highest − lowest)⌋` (0 when they are equal).
    function history(Fund fund, uint256 sinceDay, uint256[] calldata windows, uint256 trendPoints)
        external
        view
        returns (bytes memory)
    {
        _check(windows.length, trendPoints);
        uint256 count = fund.checkpointCount();
        Writer memory w = _writer(2 + (windows.length + 2) * 38 + 71 + (trendPoints + 1) * 4);
        uint256 first = _validFrom(fund, fund.checkpointIndex(sinceDay), count);
        Growth memory g;
        if (first < count) (first, g) = _growth(fund, first, count);
        if (first == count) {
            _put(w, 0, 2); // no return points, no trend
            return _done(w);
        }
        _returnPoints(w, fund, g, first, count, windows);
        _trend(w, fund, g, first, count, trendPoints);
        return _done(w);
    }

    /// @notice The funds of `factory`'s registry whose manager is `manager`, in registry order, at
    /// most `MAX_MANAGED` of them (`more` when others follow). A fund whose `manager()` reverts or
    /// burns gas counts as managed by no one; one that cannot be described is flagged.
    function managedBy(FundFactory factory, address manager)
        external
        view
        returns (Managed[] memory out, bool more)
    {
        FundFactory.FundSet[] memory sets = factory.allFunds();
        out = new Managed[](MAX_MANAGED);
        uint256 n = 0;
        for (uint256 i = 0; i < sets.length; ++i) {
            try Fund(sets[i].fund).manager{gas: MANAGER_GAS}() returns (address m) {
                if (m != manager) continue;
            } catch {
                continue;
            }
            if (n == MAX_MANAGED) {
                more = true;
                break;
            }
            try this.managed{gas: SUMMARY_GAS}(Fund(sets[i].fund)) returns (Managed memory d) {
                out[n] = d;
            } catch {
                out[n].fund = sets[i].fund;
            }
            ++n;
        }
        // Cuts the list to the funds found (the length word only shrinks).
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }

    /// @notice What `managedBy` says of one fund. Reverts if the fund cannot be read.
    function managed(Fund fund) external view returns (Managed memory d) {
        d.fund = address(fund);
        d.name = fund.name();
        if (bytes(d.name).length > 64) {
            // As the summaries cut a name: shortening the length word only hides bytes.
            string memory name = d.name;
            assembly ("memory-safe") {
                mstore(name, 64)
            }
        }
        d.mechanism = uint8(fund.mechanism());
        uint256 count = fund.checkpointCount();
        uint256 first = _validFrom(fund, 0, count);
        Growth memory g;
        if (first < count) (first, g) = _growth(fund, first, count);
        if (first < count) {
            uint256 word = _word(fund, first);
            (d.firstTime, d.firstNav) = (uint64(uint40(word)), _nav(g, first, word));
        }
        d.navPerShare = lens.intrinsicValues(fund).perShare;
        d.ok = true;
    }

    /// @notice The answer of `feed` in force at each of `times` (ascending, at most `MAX_TIMES`):
    /// that of its last round updated at or before the time, 0 before its first. A client values
    /// past NAVs in USD with these as with the rounds of the feed's logs, without reading them.
    /// `feed` is a Chainlink-style proxy (or a plain aggregator): its rounds are those of its
    /// phases' aggregators in phase order, an aggregator serving two phases counting for the later,
    /// a phase's rounds updated after a later phase's first round left out; each aggregator's
    /// rounds, 1 to its latest, updated in order (as Chainlink's are), are searched through
    /// `getRoundData`. A proxy of more than `MAX_PHASES` phases is refused (`TooManyPhases`).
    function answersAt(AggregatorV3Interface feed, uint256[] calldata times)
        external
        view
        returns (int256[] memory answers)
    {
        if (times.length > MAX_TIMES) revert BadTimes();
        Phase[] memory phases = _phases(feed);
        answers = new int256[](times.length);
        (uint256 at, uint256 found) = (0, 0); // the previous time's phase (1-based) and round
        for (uint256 i = 0; i < times.length; ++i) {
            if (i > 0 && times[i] < times[i - 1]) revert BadTimes();
            // The last phase with a round kept at or before this time.
            uint256 p = phases.length;
            while (p > 0 && phases[p - 1].start > Math.min(times[i], phases[p - 1].cutoff)) --p;
            if (p == 0) continue;
            Phase memory ph = phases[p - 1];
            if (p != at) (at, found) = (p, 0);
            found = _lastAtOrBefore(ph.agg, Math.min(times[i], ph.cutoff), found, ph.latest);
            (, answers[i],,,) = ph.agg.getRoundData(uint80(found));
        }
    }

    /// @dev The phases of `feed` with rounds, in phase order (a plain aggregator: one), each with
    /// the time of its first round and the time after which its rounds are left out.
    function _phases(AggregatorV3Interface feed) private view returns (Phase[] memory out) {
        AggregatorV3Interface[] memory aggs;
        try IPhasedFeed(address(feed)).phaseId() returns (uint16 current) {
            if (current > MAX_PHASES) revert TooManyPhases(current);
            aggs = new AggregatorV3Interface[](current);
            for (uint16 id = 1; id <= current; ++id) {
                aggs[id - 1] = IPhasedFeed(address(feed)).phaseAggregators(id);
            }
        } catch {
            aggs = new AggregatorV3Interface[](1);
            aggs[0] = feed; // an aggregator, not a proxy
        }
        out = new Phase[](aggs.length);
        uint256 n = 0;
        for (uint256 i = 0; i < aggs.length; ++i) {
            if (address(aggs[i]) == address(0) || _servesLater(aggs, i)) continue;
            (uint80 latest,,,,) = aggs[i].latestRoundData();
            if (latest == 0) continue; // no round yet
            out[n++] = Phase(aggs[i], _updatedAt(aggs[i], 1), latest, type(uint256).max);
        }
        assembly ("memory-safe") {
            mstore(out, n) // the length word only shrinks
        }
        for (uint256 i = n; i > 1; --i) {
            out[i - 2].cutoff = Math.min(out[i - 1].start, out[i - 1].cutoff);
        }
    }

    /// @dev Whether `aggs[i]` serves a later phase too.
    function _servesLater(AggregatorV3Interface[] memory aggs, uint256 i) private pure returns (bool) {
        for (uint256 j = i + 1; j < aggs.length; ++j) {
            if (aggs[j] == aggs[i]) return true;
        }
        return false;
    }

    /// @dev The last round of `agg` from `from` (0: before the first) to `latest` updated at or
    /// before `t`, given that `from` is; 0 if none. Gallops from `from`, since a caller's times
    /// come in clusters, then halves the last step.
    function _lastAtOrBefore(AggregatorV3Interface agg, uint256 t, uint256 from, uint256 latest)
        private
        view
        returns (uint256)
    {
        uint256 lo = from; // updated at or before t (or 0)
        uint256 hi = latest + 1; // past the last, or updated after t
        for (uint256 step = 1; lo + step < hi; step <<= 1) {
            if (_updatedAt(agg, lo + step) > t) {
                hi = lo + step;
                break;
            }
            lo += step;
        }
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (_updatedAt(agg, mid) > t) hi = mid;
            else lo = mid;
        }
        return lo;
    }

    function _updatedAt(AggregatorV3Interface agg, uint256 round) private view returns (uint256 updatedAt) {
        (,,, updatedAt,) = agg.getRoundData(uint80(round));
    }

    // ─── records ───

    function _record(FundFactory.FundSet memory set, uint256 sinceDay, uint256[] calldata windows, uint256 points)
        private
        view
        returns (bytes memory)
    {
        Writer memory w = _writer(66 + 3 * 256 + 11 * 33 + 34);
        _put(w, uint160(set.fund), 20);
        try lens.summary{gas: SUMMARY_GAS}(set) returns (FundLens.Summary memory s) {
            _put(w, 1, 1);
            _summary(w, s);
        } catch {
            _put(w, 0, 1);
            return _done(w);
        }
        bytes memory h;
        try this.history{gas: HISTORY_GAS}(Fund(set.fund), sinceDay, windows, points) returns (bytes memory got) {
            h = got;
        } catch {
            h = abi.encodePacked(HISTORY_FAILED);
        }
        return bytes.concat(_done(w), h);
    }

    function _summary(Writer memory w, FundLens.Summary memory s) private pure {
        _put(w, uint160(s.asset), 20);
        _put(w, uint160(s.assetFeed), 20);
        _put(w, s.decimals, 1);
        _put(w, s.assetDecimals, 1);
        _put(w, s.assetFeedDecimals, 1);
        _put(w, uint8(s.mechanism), 1);
        _put(w, (s.pricesFresh ? 1 : 0) | (s.set.managerToken == address(0) ? 2 : 0), 1);
        _string(w, s.name);
        _string(w, s.symbol);
        _string(w, s.assetSymbol);
        _int(w, s.assetUsdPrice);
        _uint(w, s.managerTokenSupply);
        _uint(w, s.fees.managementBps);
        _uint(w, s.fees.performanceBps);
        _uint(w, s.fees.hurdleBps);
        _uint(w, s.fees.hwm);
        _uint(w, s.fees.hwmTime);
        _uint(w, s.fees.lastAccrual);
        _uint(w, s.intrinsic.nav);
        _uint(w, s.intrinsic.perShare);
        _uint(w, s.intrinsic.perManagerToken);
    }

    // ─── history ───

    function _returnPoints(
        Writer memory w,
        Fund fund,
        Growth memory g,
        uint256 first,
        uint256 count,
        uint256[] calldata windows
    ) private view {
        uint256[] memory at = new uint256[](windows.length + 2);
        uint256 n = 0;
        at[n++] = first;
        for (uint256 i = 0; i < windows.length; ++i) {
            if (windows[i] > block.timestamp) continue;
            uint256 j = _lastAtOrBefore(fund, block.timestamp - windows[i], first);
            if (j != type(uint256).max) at[n++] = j;
        }
        at[n++] = _validBefore(fund, count, first);
        // Ascending and distinct: an insertion sort of a handful.
        for (uint256 i = 1; i < n; ++i) {
            for (uint256 k = i; k > 0 && at[k - 1] > at[k]; --k) {
                (at[k - 1], at[k]) = (at[k], at[k - 1]);
            }
        }
        uint256 distinct = 0;
        for (uint256 i = 0; i < n; ++i) {
            if (i == 0 || at[i] != at[i - 1]) at[distinct++] = at[i];
        }
        _put(w, distinct, 1);
        for (uint256 i = 0; i < distinct; ++i) {
            uint256 word = _word(fund, at[i]);
            _put(w, uint40(word), 5);
            _uint(w, _nav(g, at[i], word));
        }
    }

    /// @dev The last checkpoint with a NAV at or before time `t`, not before `first`; none: max.
    function _lastAtOrBefore(Fund fund, uint256 t, uint256 first) private view returns (uint256) {
        // The first checkpoint of a later day; the one before it may still be later that day.
        uint256 j = fund.checkpointIndex(t / 1 days + 1);
        if (j > 0 && uint40(_word(fund, j - 1)) > t) --j;
        return j <= first ? type(uint256).max : _validBefore(fund, j, first);
    }

    function _trend(Writer memory w, Fund fund, Growth memory g, uint256 first, uint256 count, uint256 points)
        private
        view
    {
        if (points == 0) return _put(w, 0, 1);
        uint256 span = count - first;
        uint256 stride = Math.max(1, Math.ceilDiv(span, points));
        uint256[] memory words = fund.checkpoints(first, Math.ceilDiv(span, stride), stride);
        uint256 last = count - 1;
        if (last % stride != first % stride || words.length == 0) {
            // The last checkpoint is not on the grid: it ends the trend anyway.
            uint256[] memory more = new uint256[](words.length + 1);
            for (uint256 i = 0; i < words.length; ++i) {
                more[i] = words[i];
            }
            more[words.length] = _word(fund, last);
            words = more;
        }
        (uint256 n, uint256 lo, uint256 hi) = (0, type(uint256).max, 0);
        for (uint256 i = 0; i < words.length; ++i) {
            if (!_hasNav(words[i])) continue;
            // The kept point's time, and its NAV per share as a total return in the NAV field.
            uint256 nav = _nav(g, i == words.length - 1 ? last : first + i * stride, words[i]);
            words[n++] = uint40(words[i]) | nav << 40;
            if (nav < lo) lo = nav;
            if (nav > hi) hi = nav;
        }
        _put(w, n, 1);
        if (n == 0) return;
        uint256 day0 = uint40(words[0]) / 1 days;
        _put(w, day0, 4);
        _uint(w, lo);
        _uint(w, hi);
        for (uint256 i = 0; i < n; ++i) {
            _put(w, uint40(words[i]) / 1 days - day0, 2);
            _put(w, hi == lo ? 0 : (uint96(words[i] >> 40) - lo) * LEVELS / (hi - lo), 2);
        }
    }

    /// @dev The distributions a history from checkpoint `first` adjusts for, and the first
    /// checkpoint with a NAV they can all adjust (later than `first` past `MAX_DISTRIBUTIONS`).
    function _growth(Fund fund, uint256 first, uint256 count) private view returns (uint256, Growth memory g) {
        Distributor d = Distributor(address(fund.distributor()));
        if (address(d) == address(0)) return (first, g);
        uint256 from;
        (from, g.base, g.words) = d.growthSince(first, MAX_DISTRIBUTIONS);
        g.current = g.words.length == 0 ? g.base : g.words[g.words.length - 1] >> 64;
        return (from > first ? _validFrom(fund, from, count) : first, g);
    }

    /// @dev Checkpoint `i`'s NAV per share (its `word`) as a total return to now (see `history`).
    function _nav(Growth memory g, uint256 i, uint256 word) private pure returns (uint96) {
        uint256 nav = uint96(word >> 40);
        if (g.words.length == 0) return uint96(nav);
        uint256 at = g.base;
        for (uint256 k = 0; k < g.words.length && uint64(g.words[k]) <= i; ++k) {
            at = g.words[k] >> 64;
        }
        return uint96(Math.max(1, Math.mulDiv(nav, at, g.current)));
    }

    /// @dev The first checkpoint from `i` on that has a NAV; `count` if none.
    function _validFrom(Fund fund, uint256 i, uint256 count) private view returns (uint256) {
        while (i < count && !_hasNav(_word(fund, i))) ++i;
        return i;
    }

    /// @dev The last checkpoint before `end` and not before `first` that has a NAV; `first` if none
    /// (which has one).
    function _validBefore(Fund fund, uint256 end, uint256 first) private view returns (uint256 i) {
        i = end - 1;
        while (i > first && !_hasNav(_word(fund, i))) --i;
    }

    /// @dev A checkpoint a client draws: with shares, and a NAV per share that fitted its field.
    function _hasNav(uint256 word) private pure returns (bool) {
        uint256 nav = uint96(word >> 40);
        return nav != 0 && nav != type(uint96).max;
    }

    function _word(Fund fund, uint256 i) private view returns (uint256) {
        return fund.checkpoints(i, 1, 1)[0];
    }

    function _check(uint256 windows, uint256 trendPoints) private pure {
        if (windows > MAX_WINDOWS) revert TooManyWindows(windows);
        if (trendPoints > MAX_TREND) revert TooManyTrendPoints(trendPoints);
    }

    // ─── packing ───

    /// @dev A writer over `size` bytes, and 32 more: a write stores a whole word.
    function _writer(uint256 size) private pure returns (Writer memory) {
        return Writer(new bytes(size + 32), 0);
    }

    /// @dev The bytes written (the length word only shrinks).
    function _done(Writer memory w) private pure returns (bytes memory b) {
        b = w.buf;
        uint256 pos = w.pos;
        assembly ("memory-safe") {
            mstore(b, pos)
        }
    }

    /// @dev The low `n` bytes of `v` (n ≤ 32), big-endian; higher bytes of `v` are dropped.
    function _put(Writer memory w, uint256 v, uint256 n) private pure {
        if (n == 0) return;
        bytes memory buf = w.buf;
        uint256 pos = w.pos;
        assembly ("memory-safe") {
            // The writer's slack holds the word's tail, which later writes overwrite.
            mstore(add(add(buf, 0x20), pos), shl(shl(3, sub(32, n)), v))
        }
        w.pos = pos + n;
    }

    /// @dev A length byte (the bytes `v` needs, 0–32), then `v` in that many bytes.
    function _uint(Writer memory w, uint256 v) private pure {
        uint256 n = _size(v);
        _put(w, n, 1);
        _put(w, v, n);
    }

    /// @dev As `_uint` of the magnitude, with the sign in the length byte's top bit.
    function _int(Writer memory w, int256 v) private pure {
        uint256 m = v < 0 ? uint256(-(v + 1)) + 1 : uint256(v);
        uint256 n = _size(m);
        _put(w, v < 0 ? n | 0x80 : n, 1);
        _put(w, m, n);
    }

    /// @dev A length byte, then the string's first 255 bytes at most (the lens clips them to 64).
    function _string(Writer memory w, string memory s) private pure {
        uint256 n = Math.min(bytes(s).length, 255);
        _put(w, n, 1);
        bytes memory buf = w.buf;
        uint256 pos = w.pos;
        assembly ("memory-safe") {
            mcopy(add(add(buf, 0x20), pos), add(s, 0x20), n)
        }
        w.pos = pos + n;
    }

    function _size(uint256 v) private pure returns (uint256 n) {
        while (v != 0) {
            v >>= 8;
            ++n;
        }
    }

    /// @dev The first `n` of `parts`, one after the other.
    function _concat(bytes[] memory parts, uint256 n) private pure returns (bytes memory out) {
        uint256 total = 0;
        for (uint256 i = 0; i < n; ++i) {
            total += parts[i].length;
        }
        out = new bytes(total);
        uint256 at = 0;
        for (uint256 i = 0; i < n; ++i) {
            bytes memory p = parts[i];
            assembly ("memory-safe") {
                mcopy(add(add(out, 0x20), at), add(p, 0x20), mload(p))
            }
            at += p.length;
        }
    }
}
