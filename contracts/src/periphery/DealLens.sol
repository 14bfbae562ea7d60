// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Fund} from "../fund/Fund.sol";
import {FundLens} from "../fund/FundLens.sol";
import {VamDeal} from "../vam/VamDeal.sol";

/// @title DealLens
/// @notice The VAM deals of many funds as one account sees them, in one call: what a portfolio
/// needs to tell whether a deal waits for the account (tranche 2 to exercise, a leg to claim).
/// Kept out of `FundLens` for its size.
/// @dev Each deal is read in its own gas-bounded call, so that a deal whose oracle or token
/// reverts or burns gas comes back flagged instead of failing the list.
contract DealLens {
    /// @notice Gas one deal's reads may use; a deal that needs more is flagged, not fatal.
    uint256 public constant DEAL_GAS = 1_000_000;
    /// @notice Longest project-token name carried (longer ones are cut), as `FundLens.MAX_STRING`.
    uint256 public constant MAX_STRING = 64;

    /// @notice The lens whose `dealOf` reads each deal's terms and state.
    FundLens public immutable lens;

    /// @notice A deal as one account sees it: where it stands (`d`), whether tranche 2 can be
    /// exercised now, and the part of its second leg assigned to the account. `ok` is false when
    /// the deal could not be read within its gas (then only `deal` and `fund` are set).
    struct AccountDeal {
        address deal;
        address fund;
        bool ok;
        FundLens.Deal d;
        bool exercisable;
        uint256 assignedPart;
        string projectTokenName; // a label only: empty when it cannot be read
    }

    constructor(FundLens lens_) {
        lens = lens_;
    }

    /// @notice Every deal in the registries of `funds` (those each fund joined and has not yet
    /// claimed its leg of), as `account` sees it, fund by fund in the registries' order.
    function dealsFor(Fund[] calldata funds, address account) external view returns (AccountDeal[] memory out) {
        address[][] memory lists = new address[][](funds.length);
        uint256 n = 0;
        for (uint256 i = 0; i < funds.length; ++i) {
            (,,, lists[i]) = funds[i].registry();
            n += lists[i].length;
        }
        out = new AccountDeal[](n);
        n = 0;
        for (uint256 i = 0; i < funds.length; ++i) {
            for (uint256 j = 0; j < lists[i].length; ++j) {
                out[n] = _bounded(lists[i][j], account);
                // The registry says whose deal it is, whatever the deal says.
                out[n++].fund = address(funds[i]);
            }
        }
    }

    /// @notice `deals` as `account` sees them, in order, whoever lists them: deals a fund has not
    /// joined or has left (named by a proposal, say), whose `fund` is what each deal says. An
    /// address that is not a deal, or burns its gas, comes back flagged.
    function dealsAt(address[] calldata deals, address account) external view returns (AccountDeal[] memory out) {
        out = new AccountDeal[](deals.length);
        for (uint256 i = 0; i < deals.length; ++i) {
            out[i] = _bounded(deals[i], account);
        }
    }

    /// @notice `deal` as `account` sees it (see `AccountDeal`). Reverts if it is not a VamDeal.
    function accountDeal(VamDeal deal, address account) external view returns (AccountDeal memory a) {
        a.deal = address(deal);
        a.fund = deal.fund();
        a.d = lens.dealOf(deal);
        a.exercisable = deal.exercisable();
        a.assignedPart = deal.assignedPart(account);
        try IERC20Metadata(a.d.terms.projectToken).name() returns (string memory name) {
            a.projectTokenName = _clip(name);
        } catch {}
        a.ok = true;
    }

    /// @dev `accountDeal` within `DEAL_GAS`; a deal that reverts or burns it comes back flagged.
    function _bounded(address deal, address account) private view returns (AccountDeal memory a) {
        try this.accountDeal{gas: DEAL_GAS}(VamDeal(deal), account) returns (AccountDeal memory got) {
            a = got;
        } catch {
            a.deal = deal;
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
