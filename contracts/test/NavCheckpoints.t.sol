// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {NavCheckpoints} from "../src/fund/NavCheckpoints.sol";

/// Fuzz tests of the checkpoint word: exact where the values fit, saturating where they do not,
/// and never reverting (a deposit records one).
contract NavCheckpointsTest is Test {
    function testFuzz_navPerShareIsTheClientsFormulaWhereItFits(uint256 gav, uint256 supply, uint8 decimals)
        public
        pure
    {
        gav = bound(gav, 0, type(uint128).max);
        supply = bound(supply, 1, type(uint128).max);
        decimals = uint8(bound(decimals, 0, 36));
        uint256 want = gav * 10 ** decimals / supply; // < 2^128 × 2^120: no overflow
        uint256 got = NavCheckpoints.navPerShare(gav, supply, decimals);
        assertEq(got, want > type(uint96).max ? type(uint96).max : want);
    }

    function testFuzz_neverRevertsAndStaysInItsWidth(uint256 gav, uint256 supply, uint8 decimals) public pure {
        uint256 nav = NavCheckpoints.navPerShare(gav, supply, decimals);
        assertLe(nav, type(uint96).max);
        if (supply == 0) assertEq(nav, 0);
    }

    function testFuzz_packUnpacks(uint256 time, uint256 gav, uint256 supply, uint8 decimals) public pure {
        decimals = uint8(bound(decimals, 0, 30));
        uint256 word = NavCheckpoints.pack(time, gav, supply, decimals);
        (uint256 t, uint256 nav, uint256 tvl) = NavCheckpoints.unpack(word);
        assertEq(t, uint40(time));
        assertEq(nav, NavCheckpoints.navPerShare(gav, supply, decimals));
        assertEq(tvl, gav > type(uint120).max ? type(uint120).max : gav);
    }

    function test_realisticExtremesFit() public pure {
        // SHIB's whole supply (1e15 tokens of 18 decimals) as GAV, and a share of an 18-decimal
        // asset (24-decimal shares) worth a million times its start: both exact.
        uint256 gav = 1e15 * 1e18;
        uint256 supply = gav * 1e6 / 1e6; // shares at 1e6 a unit, grown a millionfold
        assertEq(NavCheckpoints.navPerShare(gav, supply, 24), 1e24);
        (,, uint256 tvl) = NavCheckpoints.unpack(NavCheckpoints.pack(1_700_000_000, gav, supply, 24));
        assertEq(tvl, gav);
    }
}
