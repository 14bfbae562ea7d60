// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {FundTypes} from "./FundTypes.sol";

/// @title FundExit
/// @notice The in-kind exit of DESIGN §4 as a linked library on the fund's `Book`: `shares /
/// supply` of every holding, with no price and no cash. A token that cannot be sent (paused,
/// blocklisted, hostile) does not stop the exit: its slice is kept aside for the redeemer to
/// claim later, and no longer counts as the fund's.
library FundExit {
    using Math for uint256;
    using SafeERC20 for IERC20;

    /// @notice The slices `shares` of `supply` would take: every listed asset, LP token, vault
    /// share and primary token (`tokens`, `amounts`), and the parts of the second leg of every live VAM
    /// deal (`deals`, `parts`, 1e18 = the whole leg).
    function preview(FundTypes.Book storage b, uint256 shares, uint256 supply)
        public
        view
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts)
    {
        uint256 nA = b.assets.length;
        uint256 nP = b.pairs.length;
        tokens = new address[](nA + nP + b.vaults.length + b.primaryTokens.length);
        amounts = new uint256[](tokens.length);
        uint256 k;
        for (uint256 i = 0; i < nA; ++i) {
            tokens[k++] = b.assets[i];
        }
        for (uint256 i = 0; i < nP; ++i) {
            tokens[k++] = b.pairs[i];
        }
        for (uint256 i = 0; i < b.vaults.length; ++i) {
            tokens[k++] = b.vaults[i];
        }
        nP += b.vaults.length; // the primary tokens start after the vaults
        for (uint256 i = 0; i < b.primaryTokens.length; ++i) {
            if (!b.config[b.primaryTokens[i]].listed) tokens[k++] = b.primaryTokens[i]; // else sliced above
        }
        assembly ("memory-safe") {
            mstore(tokens, k)
            mstore(amounts, k)
        }
        for (uint256 i = 0; i < k; ++i) {
            amounts[i] = _held(b, tokens[i], i >= nA + nP).mulDiv(shares, supply);
        }
        deals = b.deals;
        parts = new uint256[](deals.length);
        for (uint256 i = 0; i < deals.length; ++i) {
            try IVamDeal(deals[i]).fundPart() returns (uint256 part) {
                parts[i] = part.mulDiv(shares, supply);
            } catch {} // a deal that cannot say its part gives none
        }
    }

    /// @notice Pays the slices of `preview` to `receiver`, shrinks the primary cost basis pro rata
    /// and assigns the deal parts. The caller has burnt the shares already.
    function pay(FundTypes.Book storage b, uint256 shares, uint256 supply, address receiver)
        public
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts)
    {
        (tokens, amounts, deals, parts) = preview(b, shares, supply);
        for (uint256 i = 0; i < b.primaryTokens.length; ++i) {
            FundTypes.Cost storage c = b.cost[b.primaryTokens[i]];
            c.paid -= c.paid.mulDiv(shares, supply);
            c.received -= c.received.mulDiv(shares, supply);
        }
        for (uint256 i = 0; i < tokens.length; ++i) {
            if (amounts[i] == 0) continue;
            if (!IERC20(tokens[i]).trySafeTransfer(receiver, amounts[i])) {
                b.reserved[tokens[i]] += amounts[i];
                b.owed[tokens[i]][receiver] += amounts[i];
                emit FundTypes.OwedRecorded(tokens[i], receiver, amounts[i]);
            }
        }
        for (uint256 i = 0; i < deals.length; ++i) {
            if (parts[i] == 0) continue;
            try IVamDeal(deals[i]).assign(receiver, parts[i]) {}
            catch {
                parts[i] = 0; // not assigned: the part stays the fund's, for the remaining holders
            }
        }
    }

    /// @notice Sends `account` what an earlier in-kind exit could not; reverts if it still cannot.
    function claimOwed(FundTypes.Book storage b, address token, address account) public returns (uint256 amount) {
        amount = b.owed[token][account];
        if (amount == 0) revert FundTypes.NothingOwed(token);
        b.owed[token][account] = 0;
        b.reserved[token] -= amount;
        IERC20(token).safeTransfer(account, amount);
        emit FundTypes.OwedClaimed(token, account, amount);
    }

    /// @dev A primary token whose `balanceOf` reverts counts as what the deals delivered, as in
    /// the valuation; the redeemer's slice of it is then kept owed until the token works again.
    function _held(FundTypes.Book storage b, address token, bool primary) private view returns (uint256) {
        try IERC20(token).balanceOf(address(this)) returns (uint256 bal) {
            return bal.saturatingSub(b.reserved[token]);
        } catch {
            return primary ? b.cost[token].received : 0;
        }
    }
}
