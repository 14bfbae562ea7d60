// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {Fund} from "./Fund.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";

/// @title FundLens
/// @notice Read-only views composed from a fund's own views, kept out of the fund for its size.
contract FundLens {
    using Math for uint256;

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
