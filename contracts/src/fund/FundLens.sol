// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {FundFactory} from "../factory/FundFactory.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {IVaultRateGuard} from "../interfaces/IVaultRateGuard.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {VamDeal} from "../vam/VamDeal.sol";
import {Fund} from "./Fund.sol";
import {FundMath} from "./FundMath.sol";
import {FundLensReads, MAX_LENS_STRING} from "./FundLensReads.sol";
import {FundTypes} from "./FundTypes.sol";
import {NavCheckpoints} from "./NavCheckpoints.sol";

/// @title FundLens
/// @notice Read-only views composed from a fund's own views, kept out of the fund for its size.
/// The factory is open to anyone, so a fund list must survive funds whose tokens or feeds
/// revert or burn gas: each fund is read in its own gas-bounded call, and a failing one comes
/// back flagged instead of failing the list.
contract FundLens {
    using Math for uint256;

    /// @notice Gas one fund's summary may use; a fund that needs more is flagged, not fatal.
    uint256 public constant SUMMARY_GAS = 2_000_000;
    /// @notice Gas kept back for each fund besides its summary: the try/catch and the encoding.
    uint256 private constant _RESERVE = 300_000;
    /// @notice Longest name or symbol a summary carries (longer ones are cut), so a hostile
    /// token cannot make the list's return data grow without bound.
    uint256 public constant MAX_STRING = MAX_LENS_STRING;
    /// @dev Where `inputs`, `dealOf` and `pools` are answered (`_forward`), created with the lens.
    address private immutable _reads = address(new FundLensReads());

    /// @notice Thrown when a fund is not in the factory's registry.
    error UnknownFund(address fund);

    /// @notice What a fund list shows of one fund. `ok` is false when the fund could not be read
    /// (then only `set` is filled).
    struct Summary {
        FundFactory.FundSet set;
        bool ok;
        string name;
        string symbol;
        uint8 decimals;
        address asset;
        string assetSymbol;
        uint8 assetDecimals;
        int256 assetUsdPrice; // the denomination asset's feed answer
        uint8 assetFeedDecimals;
        address assetFeed; // where the asset's past prices are read, to value history in another unit
        FundTypes.Mechanism mechanism;
        address manager;
        bool pricesFresh;
        uint256 totalSupply;
        uint256 managerTokenSupply;
        uint256 claimingSupply; // manager tokens that earn fees: the supply less excluded balances
        uint256 uncreditedFeeShares; // held by the splitter, not yet credited to any holder
        address[] excludedHolders;
        FundMath.FeeState fees;
        FundTypes.Intrinsic intrinsic;
    }

    /// @notice The caps the fund enforces, in bps.
    struct Caps {
        uint256 management;
        uint256 performance;
        uint256 hurdle;
        uint256 entryExit;
        uint256 slippage;
    }

    /// @notice A listed asset as the valuation reads it. A balance or feed that cannot be read is
    /// flagged (the fund counts the balance 0 and the price stale), not fatal.
    struct AssetInput {
        address token;
        string symbol;
        string name;
        uint8 decimals;
        FundTypes.AssetConfig config;
        uint256 balance;
        bool balanceFailed;
        uint256 reserved;
        int256 answer; // the feed's latest round: 0 and time 0 when it cannot be read
        uint256 updatedAt;
    }

    /// @notice An approved pair: the fund's LP tokens and the pair's reserves.
    struct PairInput {
        address pair;
        address token0;
        address token1;
        uint256 lpBalance;
        uint256 lpSupply;
        uint256 reserve0;
        uint256 reserve1;
        uint256 reserved;
    }

    /// @notice A primary-market token with the fund's cost basis of it and governance's impairment
    /// (`markedAt` 0: never marked down, valued at cost).
    struct PrimaryInput {
        address token;
        string symbol;
        string name;
        uint8 decimals;
        uint256 balance;
        bool balanceFailed;
        uint256 reserved;
        uint256 paid;
        uint256 received;
        uint256 markWad;
        uint256 markedAt;
    }

    /// @notice A live VAM deal: the fund's escrow in it and its part of the second leg. A deal
    /// that cannot say its escrow is flagged; one that cannot say its part gives none.
    struct DealInput {
        address deal;
        address projectToken; // a label only: zero when it cannot be read
        uint256 fundEscrowed;
        bool escrowFailed;
        uint256 fundPart;
    }

    /// @notice A listed ERC-4626 vault as the valuation reads it: the fund's shares (less reserved),
    /// `convertToAssets` of them, and the guard's word on the rate (false where a call reverts).
    struct VaultInput {
        address vault;
        string symbol;
        uint8 decimals;
        FundTypes.VaultConfig config;
        uint256 balance;
        bool balanceFailed;
        uint256 reserved;
        uint256 assets;
        bool within;
    }

    /// @notice Everything the client's valuation engine reads of one fund, at one block: the
    /// raw state the fund values itself from, not the values (the client computes those).
    struct Inputs {
        FundFactory.FundSet set;
        string name;
        string symbol;
        uint8 decimals;
        address asset; // the denomination: `assets[0]`
        FundTypes.Mechanism mechanism;
        address manager;
        FundMath.FeeState fees;
        uint256 totalSupply;
        FundTypes.OpLimits limits;
        uint16 entryBps;
        uint16 exitBps;
        Caps caps;
        uint256 managerTokenSupply;
        uint256 claimingSupply; // manager tokens that earn fees
        uint256 uncreditedFeeShares; // held by the splitter, not yet credited to any holder
        uint256 splitterBalance; // fee shares the splitter holds, credited or not
        address[] excludedHolders;
        AssetInput[] assets;
        PairInput[] pairs;
        PrimaryInput[] primaries;
        DealInput[] deals;
        VaultInput[] vaults;
    }

    /// @notice A VAM deal's terms and where it stands.
    struct Deal {
        VamDeal.Terms terms;
        VamDeal.State state;
        uint64 startedAt;
        bool lapsed;
        bool projectEscrowed;
        uint256 fundPart;
        bool fundClaimed;
        uint256 projectAssetsClaimed;
        bool projectTokensClaimed;
        uint256 nextRound; // the next oracle round the deal's stored condition will take in
    }

    /// @notice A pool of `amm` trading `token` against `quote`, its reserves oriented token/quote.
    struct Pool {
        address token;
        address quote;
        address pair;
        uint256 reserveToken;
        uint256 reserveQuote;
    }

    /// @notice The summaries of at most `count` funds of `factory`'s registry from index `from`.
    /// Stops early, with fewer, when the gas left could not give the next fund its full bound:
    /// a caller that gets fewer than it asked for (and than exist) reads on from where it stopped.
    function summaries(FundFactory factory, uint256 from, uint256 count) external view returns (Summary[] memory out) {
        FundFactory.FundSet[] memory sets = factory.fundsPage(from, count);
        out = new Summary[](sets.length);
        for (uint256 i = 0; i < sets.length; ++i) {
            if (gasleft() < SUMMARY_GAS + SUMMARY_GAS / 63 + _RESERVE) {
                // Cuts the list to the summaries made so far (the length word only shrinks).
                assembly ("memory-safe") {
                    mstore(out, i)
                }
                break;
            }
            try this.summary{gas: SUMMARY_GAS}(sets[i]) returns (Summary memory s) {
                out[i] = s;
            } catch {
                out[i].set = sets[i];
            }
        }
    }

    /// @notice Checkpoints `from` to `from + count − 1` of `fund`, unpacked (cut at its last one).
    function checkpointsOf(Fund fund, uint256 from, uint256 count)
        external
        view
        returns (FundTypes.Checkpoint[] memory list)
    {
        uint256[] memory words = fund.checkpoints(from, count, 1);
        list = new FundTypes.Checkpoint[](words.length);
        for (uint256 i = 0; i < words.length; ++i) {
            (list[i].time, list[i].navPerShare, list[i].totalAssets) = NavCheckpoints.unpack(words[i]);
        }
    }

    /// @notice The summary of `fund` of `factory`'s registry; reverts if it is not there or cannot be read.
    function summaryOf(FundFactory factory, address fund) external view returns (Summary memory) {
        if (factory.indexOf(fund) == 0) revert UnknownFund(fund);
        return summary(factory.fundSet(fund));
    }

    /// @notice The summary of one fund set; reverts if the fund cannot be read.
    function summary(FundFactory.FundSet memory set) public view returns (Summary memory s) {
        Fund fund = Fund(set.fund);
        s.set = set;
        s.ok = true;
        s.name = _clip(fund.name());
        s.symbol = _clip(fund.symbol());
        s.decimals = fund.decimals();
        s.asset = fund.asset();
        s.assetSymbol = _clip(IERC20Metadata(s.asset).symbol());
        s.assetDecimals = IERC20Metadata(s.asset).decimals();
        FundTypes.AssetConfig memory c = fund.assetConfig(s.asset);
        (, s.assetUsdPrice,,,) = c.feed.latestRoundData();
        s.assetFeedDecimals = c.feedDecimals;
        s.assetFeed = address(c.feed);
        s.mechanism = fund.mechanism();
        s.manager = fund.manager();
        s.pricesFresh = fund.pricesFresh();
        s.totalSupply = fund.totalSupply();
        // An investor-governed fund has no manager token and no splitter: those terms stay zero.
        if (set.managerToken != address(0)) {
            s.managerTokenSupply = IERC20(set.managerToken).totalSupply();
            IFeeSplitter splitter = IFeeSplitter(set.feeSplitter);
            s.claimingSupply = splitter.claimingSupply();
            s.uncreditedFeeShares = splitter.uncredited();
            s.excludedHolders = splitter.excludedHolders();
        }
        s.fees = fund.feeState();
        // The values of `intrinsicValues`, from one valuation instead of two: the fund's preview
        // accrual is `FundMath.accrue` of its fee state at its GAV, supply and this block's time.
        s.intrinsic = _intrinsic(fund, fund.totalAssets(), s.totalSupply, s.fees, set.feeSplitter);
    }

    /// @notice What the client's valuation engine reads of `fund` of `factory`'s registry, at one
    /// block. Reverts if the fund is not there, or if a read the fund itself needs reverts.
    function inputs(FundFactory factory, address fund) external view returns (Inputs memory v) {
        (factory, fund, v); // answered by `_reads`
        _forward();
    }

    /// @notice The terms and state of `deal`, from its own getters. Reverts if it is not a VamDeal.
    function dealOf(VamDeal deal) external view returns (Deal memory d) {
        (deal, d); // answered by `_reads`
        _forward();
    }

    /// @notice The pools of `amm` trading any of `tokens` against any of `quotes`, in that order
    /// (by token, then by quote). A pair that does not exist, or whose lookup or reserves revert,
    /// is left out: it only means no market is known.
    function pools(AmmFactory amm, address[] calldata tokens, address[] calldata quotes)
        external
        view
        returns (Pool[] memory out)
    {
        (amm, tokens, quotes, out); // answered by `_reads`
        _forward();
    }

    /// @notice The intrinsic values of DESIGN §3 after a preview accrual. The manager tokens'
    /// total counts every fee share not yet claimed; the value per manager token counts only
    /// those not yet credited to any holder, spread over the claiming supply. An investor-governed
    /// fund has no splitter: its fee recipient's shares are investors' shares, and only the fee
    /// shares the preview would mint count as unclaimed.
    function intrinsicValues(Fund fund) public view returns (FundTypes.Intrinsic memory v) {
        return _intrinsic(fund, fund.totalAssets(), fund.totalSupply(), fund.feeState(), _splitter(fund));
    }

    /// @dev The intrinsic values of `fund` at GAV `gav`, share supply `supply` and fee state `fees`
    /// (its own, read at this block), `splitter` its registry's fee splitter (zero if none).
    function _intrinsic(Fund fund, uint256 gav, uint256 supply, FundMath.FeeState memory fees, address splitter)
        private
        view
        returns (FundTypes.Intrinsic memory v)
    {
        v.nav = gav;
        FundMath.Accrual memory a = FundMath.accrue(fees, gav, supply, block.timestamp);
        v.supply = supply + a.feeShares;
        v.unclaimedFeeShares = a.feeShares + (splitter == address(0) ? 0 : fund.balanceOf(splitter));
        (v.managerTotal, v.investorTotal) = FundMath.intrinsic(v.nav, v.supply, v.unclaimedFeeShares);
        if (v.supply > 0) v.perShare = v.nav.mulDiv(10 ** fund.decimals(), v.supply);
        if (splitter == address(0) || v.supply == 0) return v;
        uint256 claiming = IFeeSplitter(splitter).claimingSupply();
        uint256 uncredited = a.feeShares + IFeeSplitter(splitter).uncredited();
        if (claiming > 0) v.perManagerToken = uncredited.mulDiv(v.nav, v.supply).mulDiv(1e18, claiming);
    }

    /// @notice What `account` owns through `fund`'s manager tokens after a preview accrual (DESIGN §3),
    /// in asset units: the fee shares credited to it (what `claim` pays) at `A / S'`, and its balance
    /// at `perManagerToken` (nothing when excluded). Over all holders they add up to the manager
    /// tokens' total, less rounding.
    function holderValue(Fund fund, address account) external view returns (uint256 credited, uint256 tokens) {
        FundTypes.Intrinsic memory v = intrinsicValues(fund);
        IFeeSplitter s = IFeeSplitter(_splitter(fund));
        if (address(s) == address(0) || v.supply == 0) return (0, 0);
        credited = s.credited(account).mulDiv(v.nav, v.supply);
        if (!s.isExcluded(account)) tokens = IERC20(s.managerToken()).balanceOf(account).mulDiv(v.perManagerToken, 1e18);
    }

    /// @notice Intrinsic values of many funds in one call.
    function intrinsicValuesOf(Fund[] calldata funds) external view returns (FundTypes.Intrinsic[] memory out) {
        out = new FundTypes.Intrinsic[](funds.length);
        for (uint256 i = 0; i < funds.length; ++i) {
            out[i] = intrinsicValues(funds[i]);
        }
    }

    /// @dev Answers this call with what `_reads` answers to it, revert included: the arguments the
    /// caller sent are passed as they came, and the answer comes back as it was encoded there.
    function _forward() private view {
        address reads = _reads;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := staticcall(gas(), reads, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @dev `str` cut to `MAX_STRING` bytes (in place).
    /// @dev The fund set's fee splitter, from the registry that created the fund (its admin); zero
    /// for an investor-governed fund, whose `feeSplitter()` is a plain fee recipient.
    function _splitter(Fund fund) private view returns (address) {
        return FundFactory(fund.admin()).fundSet(address(fund)).feeSplitter;
    }

    /// @dev `str` cut to `MAX_STRING` bytes (in place).
    function _clip(string memory str) private pure returns (string memory) {
        if (bytes(str).length > MAX_STRING) {
            // Shortening the length word in place only hides bytes already in memory.
            assembly ("memory-safe") {
                mstore(str, 64)
            }
        }
        return str;
    }
}
