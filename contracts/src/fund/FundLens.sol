// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {FundFactory} from "../factory/FundFactory.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {Fund} from "./Fund.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";

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
    uint256 public constant MAX_STRING = 64;

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
        s.mechanism = fund.mechanism();
        s.manager = fund.manager();
        s.pricesFresh = fund.pricesFresh();
        s.totalSupply = fund.totalSupply();
        s.managerTokenSupply = IERC20(set.managerToken).totalSupply();
        IFeeSplitter splitter = IFeeSplitter(set.feeSplitter);
        s.claimingSupply = splitter.claimingSupply();
        s.uncreditedFeeShares = splitter.uncredited();
        s.excludedHolders = splitter.excludedHolders();
        s.fees = fund.feeState();
        s.intrinsic = intrinsicValues(fund);
    }

    /// @notice The intrinsic values of DESIGN §3 after a preview accrual. The manager tokens'
    /// total counts every fee share not yet claimed; the value per manager token counts only
    /// those not yet credited to any holder, spread over the claiming supply.
    function intrinsicValues(Fund fund) public view returns (FundTypes.Intrinsic memory v) {
        v.nav = fund.totalAssets();
        FundMath.Accrual memory a = fund.previewAccrual();
        v.supply = fund.totalSupply() + a.feeShares;
        address splitter = fund.feeSplitter();
        v.unclaimedFeeShares = a.feeShares + (splitter == address(0) ? 0 : fund.balanceOf(splitter));
        (v.managerTotal, v.investorTotal) = FundMath.intrinsic(v.nav, v.supply, v.unclaimedFeeShares);
        if (v.supply > 0) v.perShare = v.nav.mulDiv(10 ** fund.decimals(), v.supply);
        if (splitter == address(0) || v.supply == 0) return v;
        uint256 claiming = IFeeSplitter(splitter).claimingSupply();
        uint256 uncredited = a.feeShares + IFeeSplitter(splitter).uncredited();
        if (claiming > 0) v.perManagerToken = uncredited.mulDiv(v.nav, v.supply).mulDiv(1e18, claiming);
    }

    /// @notice Intrinsic values of many funds in one call.
    function intrinsicValuesOf(Fund[] calldata funds) external view returns (FundTypes.Intrinsic[] memory out) {
        out = new FundTypes.Intrinsic[](funds.length);
        for (uint256 i = 0; i < funds.length; ++i) {
            out[i] = intrinsicValues(funds[i]);
        }
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
