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
contract FundLens {
    using Math for uint256;

    /// @notice What a fund list shows of one fund, read in one call for all funds.
    struct Summary {
        FundFactory.FundSet set;
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
        FundMath.FeeState fees;
        FundTypes.Intrinsic intrinsic;
    }

    /// @notice A summary of every fund in `factory`'s registry.
    function summaries(FundFactory factory) external view returns (Summary[] memory out) {
        FundFactory.FundSet[] memory sets = factory.allFunds();
        out = new Summary[](sets.length);
        for (uint256 i = 0; i < sets.length; ++i) {
            out[i] = summary(sets[i]);
        }
    }

    /// @notice The summary of one fund set.
    function summary(FundFactory.FundSet memory set) public view returns (Summary memory s) {
        Fund fund = Fund(set.fund);
        s.set = set;
        s.name = fund.name();
        s.symbol = fund.symbol();
        s.decimals = fund.decimals();
        s.asset = fund.asset();
        s.assetSymbol = IERC20Metadata(s.asset).symbol();
        s.assetDecimals = IERC20Metadata(s.asset).decimals();
        FundTypes.AssetConfig memory c = fund.assetConfig(s.asset);
        (, s.assetUsdPrice,,,) = c.feed.latestRoundData();
        s.assetFeedDecimals = c.feedDecimals;
        s.mechanism = fund.mechanism();
        s.manager = fund.manager();
        s.pricesFresh = fund.pricesFresh();
        s.totalSupply = fund.totalSupply();
        s.managerTokenSupply = IERC20(set.managerToken).totalSupply();
        s.fees = fund.feeState();
        s.intrinsic = intrinsicValues(fund);
    }

    /// @notice The intrinsic values of DESIGN §3 after a preview accrual.
    function intrinsicValues(Fund fund) public view returns (FundTypes.Intrinsic memory v) {
        v.nav = fund.totalAssets();
        FundMath.Accrual memory a = fund.previewAccrual();
        v.supply = fund.totalSupply() + a.feeShares;
        address splitter = fund.feeSplitter();
        v.unclaimedFeeShares = a.feeShares + (splitter == address(0) ? 0 : fund.balanceOf(splitter));
        (v.managerTotal, v.investorTotal) = FundMath.intrinsic(v.nav, v.supply, v.unclaimedFeeShares);
        if (v.supply > 0) v.perShare = v.nav.mulDiv(10 ** fund.decimals(), v.supply);
        address mt = splitter == address(0) ? address(0) : IFeeSplitter(splitter).managerToken();
        uint256 mtSupply = mt == address(0) ? 0 : IERC20(mt).totalSupply();
        if (mtSupply > 0) v.perManagerToken = v.managerTotal.mulDiv(1e18, mtSupply);
    }

    /// @notice Intrinsic values of many funds in one call.
    function intrinsicValuesOf(Fund[] calldata funds) external view returns (FundTypes.Intrinsic[] memory out) {
        out = new FundTypes.Intrinsic[](funds.length);
        for (uint256 i = 0; i < funds.length; ++i) {
            out[i] = intrinsicValues(funds[i]);
        }
    }
}
