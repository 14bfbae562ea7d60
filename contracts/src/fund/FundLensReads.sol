// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {FundFactory} from "../factory/FundFactory.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {IVaultRateGuard} from "../interfaces/IVaultRateGuard.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {VamDeal} from "../vam/VamDeal.sol";
import {Fund} from "./Fund.sol";
import {FundLens} from "./FundLens.sol";
import {FundTypes} from "./FundTypes.sol";

/// @dev Longest name or symbol the lenses carry (`FundLens.MAX_STRING`).
uint256 constant MAX_LENS_STRING = 64;

/// @title FundLensReads
/// @notice The `FundLens`'s engine inputs, deal and pool reads, which it answers by forwarding the
/// same call here: one lens address and ABI for the app, code split for the contract size limit.
/// Created by the lens itself; as stateless and read-only as it.
contract FundLensReads {
    /// @notice What the client's valuation engine reads of `fund` of `factory`'s registry, at one
    /// block. Reverts if the fund is not there, or if a read the fund itself needs reverts.
    function inputs(FundFactory factory, address fund) external view returns (FundLens.Inputs memory v) {
        if (factory.indexOf(fund) == 0) revert FundLens.UnknownFund(fund);
        Fund f = Fund(fund);
        v.set = factory.fundSet(fund);
        v.name = _clip(f.name());
        v.symbol = _clip(f.symbol());
        v.decimals = f.decimals();
        v.asset = f.asset();
        v.mechanism = f.mechanism();
        v.manager = f.manager();
        v.fees = f.feeState();
        v.totalSupply = f.totalSupply();
        v.limits = f.limits();
        v.entryBps = f.entryBps();
        v.exitBps = f.exitBps();
        v.caps = FundLens.Caps(
            f.MAX_MANAGEMENT_BPS(),
            f.MAX_PERFORMANCE_BPS(),
            f.MAX_HURDLE_BPS(),
            f.MAX_ENTRY_EXIT_BPS(),
            f.MAX_SLIPPAGE_BPS()
        );
        // An investor-governed fund has no manager token and no splitter: those terms stay zero.
        if (v.set.managerToken != address(0)) {
            v.managerTokenSupply = IERC20(v.set.managerToken).totalSupply();
            IFeeSplitter splitter = IFeeSplitter(v.set.feeSplitter);
            v.claimingSupply = splitter.claimingSupply();
            v.uncreditedFeeShares = splitter.uncredited();
            v.splitterBalance = f.balanceOf(address(splitter));
            v.excludedHolders = splitter.excludedHolders();
        }
        (address[] memory assets_, address[] memory pairs, address[] memory primaries, address[] memory deals) =
            f.registry();
        v.assets = new FundLens.AssetInput[](assets_.length);
        for (uint256 i = 0; i < assets_.length; ++i) {
            v.assets[i] = _assetInput(f, assets_[i]);
        }
        v.pairs = new FundLens.PairInput[](pairs.length);
        for (uint256 i = 0; i < pairs.length; ++i) {
            v.pairs[i] = _pairInput(f, AmmPair(pairs[i]));
        }
        v.primaries = new FundLens.PrimaryInput[](primaries.length);
        for (uint256 i = 0; i < primaries.length; ++i) {
            v.primaries[i] = _primaryInput(f, primaries[i]);
        }
        v.deals = new FundLens.DealInput[](deals.length);
        for (uint256 i = 0; i < deals.length; ++i) {
            v.deals[i] = _dealInput(IVamDeal(deals[i]));
        }
        v.vaults = _vaultInputs(f);
    }
    /// @dev The listed vaults are the holdings' vault lines, in the fund's order.
    function _vaultInputs(Fund f) private view returns (FundLens.VaultInput[] memory list) {
        (FundTypes.Holding[] memory h,) = f.holdings();
        list = new FundLens.VaultInput[](h.length);
        uint256 n;
        for (uint256 i = 0; i < h.length; ++i) {
            if (h[i].kind != FundTypes.HoldingKind.YieldVault) continue;
            FundLens.VaultInput memory x = list[n++];
            x.vault = h[i].token;
            (x.symbol,, x.decimals) = _metadata(x.vault);
            x.config = f.vaultConfig(x.vault);
            (x.balance, x.balanceFailed) = _balanceOf(x.vault, address(f));
            x.reserved = f.reserved(x.vault);
            if (x.balanceFailed) continue;
            // As the fund: the guard is asked once convertToAssets answered.
            try IERC4626(x.vault).convertToAssets(Math.saturatingSub(x.balance, x.reserved)) returns (uint256 a) {
                x.assets = a;
                try IVaultRateGuard(x.config.guard).withinBound(x.vault, x.config.maxMoveBps) returns (bool w) {
                    x.within = w;
                } catch {}
            } catch {}
        }
        assembly ("memory-safe") {
            mstore(list, n)
        }
    }
    /// @notice The terms and state of `deal`, from its own getters. Reverts if it is not a VamDeal.
    function dealOf(VamDeal deal) external view returns (FundLens.Deal memory d) {
        d.terms = VamDeal.Terms(
            deal.fund(),
            deal.project(),
            deal.asset(),
            deal.projectToken(),
            deal.n1(),
            deal.p1(),
            deal.n2(),
            deal.p2(),
            deal.target(),
            deal.window(),
            deal.duration(),
            deal.maxGap(),
            address(deal.oracle()),
            deal.startBy()
        );
        d.state = deal.state();
        d.startedAt = deal.startedAt();
        d.lapsed = deal.lapsed();
        d.projectEscrowed = deal.projectEscrowed();
        d.fundPart = deal.fundPart();
        d.fundClaimed = deal.fundClaimed();
        d.projectAssetsClaimed = deal.projectAssetsClaimed();
        d.projectTokensClaimed = deal.projectTokensClaimed();
        d.nextRound = deal.nextRound();
    }
    /// @notice The pools of `amm` trading any of `tokens` against any of `quotes`, in that order
    /// (by token, then by quote). A pair that does not exist, or whose lookup or reserves revert,
    /// is left out: it only means no market is known.
    function pools(AmmFactory amm, address[] calldata tokens, address[] calldata quotes)
        external
        view
        returns (FundLens.Pool[] memory out)
    {
        out = new FundLens.Pool[](tokens.length * quotes.length);
        uint256 n = 0;
        for (uint256 i = 0; i < tokens.length; ++i) {
            for (uint256 j = 0; j < quotes.length; ++j) {
                (bool found, FundLens.Pool memory p) = _pool(amm, tokens[i], quotes[j]);
                if (found) out[n++] = p;
            }
        }
        // Cuts the list to the pools found (the length word only shrinks).
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }
    function _pool(AmmFactory amm, address token, address quote) private view returns (bool, FundLens.Pool memory p) {
        try amm.getPair(token, quote) returns (address pair) {
            if (pair == address(0)) return (false, p);
            (p.token, p.quote, p.pair) = (token, quote, pair);
        } catch {
            return (false, p);
        }
        try AmmPair(p.pair).token0() returns (address token0) {
            try AmmPair(p.pair).getReserves() returns (uint256 r0, uint256 r1) {
                (p.reserveToken, p.reserveQuote) = token0 == quote ? (r1, r0) : (r0, r1);
                return (true, p);
            } catch {}
        } catch {}
        return (false, p);
    }
    function _assetInput(Fund f, address token) private view returns (FundLens.AssetInput memory a) {
        a.token = token;
        (a.symbol, a.name, a.decimals) = _metadata(token);
        a.config = f.assetConfig(token);
        (a.balance, a.balanceFailed) = _balanceOf(token, address(f));
        a.reserved = f.reserved(token);
        // A feed that reverts is stale, as the fund reads it: no answer, at time 0.
        try AggregatorV3Interface(a.config.feed).latestRoundData() returns (
            uint80, int256 answer, uint256, uint256 updatedAt, uint80
        ) {
            (a.answer, a.updatedAt) = (answer, updatedAt);
        } catch {}
    }
    function _pairInput(Fund f, AmmPair pair) private view returns (FundLens.PairInput memory p) {
        p.pair = address(pair);
        p.token0 = pair.token0();
        p.token1 = pair.token1();
        p.lpBalance = pair.balanceOf(address(f));
        p.lpSupply = pair.totalSupply();
        (p.reserve0, p.reserve1) = pair.getReserves();
        p.reserved = f.reserved(address(pair));
    }
    function _primaryInput(Fund f, address token) private view returns (FundLens.PrimaryInput memory p) {
        p.token = token;
        (p.symbol, p.name, p.decimals) = _metadata(token);
        (p.balance, p.balanceFailed) = _balanceOf(token, address(f));
        p.reserved = f.reserved(token);
        (p.paid, p.received, p.markWad, p.markedAt) = f.primaryCost(token);
    }
    function _dealInput(IVamDeal deal) private view returns (FundLens.DealInput memory d) {
        d.deal = address(deal);
        try deal.projectToken() returns (address t) {
            d.projectToken = t;
        } catch {}
        try deal.fundEscrowed() returns (uint256 e) {
            d.fundEscrowed = e;
        } catch {
            d.escrowFailed = true;
        }
        try deal.fundPart() returns (uint256 part) {
            d.fundPart = part;
        } catch {}
    }
    /// @dev `token.balanceOf(holder)`; a revert counts 0 and is flagged, as the fund counts it.
    function _balanceOf(address token, address holder) private view returns (uint256, bool) {
        try IERC20(token).balanceOf(holder) returns (uint256 b) {
            return (b, false);
        } catch {
            return (0, true);
        }
    }
    function _metadata(address token) private view returns (string memory, string memory, uint8) {
        IERC20Metadata t = IERC20Metadata(token);
        return (_clip(t.symbol()), _clip(t.name()), t.decimals());
    }

    /// @dev `str` cut to `MAX_LENS_STRING` bytes (in place).
    function _clip(string memory str) private pure returns (string memory) {
        if (bytes(str).length > MAX_LENS_STRING) {
            // Shortening the length word in place only hides bytes already in memory.
            assembly ("memory-safe") {
                mstore(str, 64)
            }
        }
        return str;
    }
}
