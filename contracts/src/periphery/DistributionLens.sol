// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {FundFactory} from "../factory/FundFactory.sol";
import {Fund} from "../fund/Fund.sol";
import {IShareLedger} from "../interfaces/IShareLedger.sol";
import {Distributor} from "./Distributor.sol";

/// @title DistributionLens
/// @notice What one account may still claim of every fund's distributions, in one call: for each
/// fund of a registry where the account held shares at a distribution's snapshot and has not been
/// paid, that distribution and the account's balance at its snapshot. The client computes each
/// part from them with the distributor's formula (`amount × balance / supply`, rounded down).
/// @dev Each fund is read in its own gas-bounded call, so one whose token or contracts revert or
/// burn gas is flagged instead of failing the list; the list stops early, with `read` funds, when
/// the gas left could not give the next fund its bound (the caller reads on from there).
contract DistributionLens {
    /// @notice Gas one fund's reads may use.
    uint256 public constant FUND_GAS = 3_000_000;
    /// @notice Gas kept back for each fund besides that bound: the call, the copying.
    uint256 private constant _RESERVE = 100_000;

    /// @notice A distribution the account has a part of still to claim, and its balance at the snapshot.
    struct Row {
        uint256 id;
        Distributor.Distribution d;
        uint256 balance;
    }

    /// @notice One fund's claimable distributions, with what labels them. `ok` is false when the
    /// fund could not be read within its gas (then only `fund` is set).
    struct FundClaims {
        address fund;
        bool ok;
        string name;
        uint8 shareDecimals;
        address distributor;
        address asset;
        string assetSymbol;
        uint8 assetDecimals;
        Row[] rows;
    }

    /// @notice The funds of `factory` from index `offset` (at most `limit`) where `account` has
    /// something to claim, or that could not be read; `read` is how many funds were looked at and
    /// `total` how many the registry has (read on from `offset + read` while it is less).
    function claimsOf(FundFactory factory, address account, uint256 offset, uint256 limit)
        external
        view
        returns (uint256 read, uint256 total, FundClaims[] memory out)
    {
        total = factory.fundCount();
        FundFactory.FundSet[] memory sets = factory.fundsPage(offset, limit);
        out = new FundClaims[](sets.length);
        uint256 n = 0;
        for (; read < sets.length && gasleft() >= FUND_GAS + FUND_GAS / 63 + _RESERVE; ++read) {
            try this.claimsIn{gas: FUND_GAS}(Fund(sets[read].fund), account) returns (FundClaims memory c) {
                if (c.rows.length > 0) out[n++] = c;
            } catch {
                out[n++].fund = sets[read].fund;
            }
        }
        // Cuts the list to the funds kept (the length word only shrinks).
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }

    /// @notice What `account` may still claim of `fund`'s distributions (`rows` empty: nothing).
    function claimsIn(Fund fund, address account) external view returns (FundClaims memory c) {
        Distributor dist = Distributor(address(fund.distributor()));
        IShareLedger ledger = dist.ledger();
        Distributor.Distribution[] memory all = dist.allDistributions();
        Row[] memory rows = new Row[](all.length);
        uint256 n = 0;
        for (uint256 id = 0; id < all.length; ++id) {
            if (dist.claimed(id, account)) continue;
            uint256 balance = ledger.balanceAt(account, all[id].snapshot);
            if (balance > 0) rows[n++] = Row(id, all[id], balance);
        }
        assembly ("memory-safe") {
            mstore(rows, n)
        }
        c.fund = address(fund);
        c.ok = true;
        c.rows = rows;
        if (n == 0) return c;
        IERC20Metadata asset = IERC20Metadata(fund.asset());
        (c.name, c.shareDecimals, c.distributor, c.asset) = (fund.name(), fund.decimals(), address(dist), address(asset));
        (c.assetSymbol, c.assetDecimals) = (asset.symbol(), asset.decimals());
    }
}
