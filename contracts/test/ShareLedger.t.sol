// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ShareLedger} from "../src/fund/ShareLedger.sol";

/// Fuzz tests of the ledger on its own, with this test as the fund: it never reverts for the fund
/// (zero amounts, self transfers, values up to 2^256 - 1), it mirrors a reference book exactly
/// below 2^208 share units, it saturates instead of reverting above, and votes follow delegation.
contract ShareLedgerTest is Test {
    ShareLedger internal ledger;
    address[4] internal who = [address(0), address(0xA11CE), address(0xB0B), address(0xCA201)];
    mapping(address => uint256) internal bal;
    uint256 internal supply;

    function setUp() public {
        // As the factory makes them: a clone of the implementation, bound to its fund at once.
        ledger = ShareLedger(Clones.clone(address(new ShareLedger())));
        ledger.initialize(address(this));
        vm.warp(1_000_000);
    }

    /// A clone is bound to its fund once; the implementation serves no fund.
    function test_boundOnce() public {
        vm.expectRevert(ShareLedger.AlreadyInitialized.selector);
        ledger.initialize(address(0xBAD));
        ShareLedger implementation = new ShareLedger();
        vm.expectRevert(ShareLedger.AlreadyInitialized.selector);
        implementation.initialize(address(0xBAD));
        assertEq(ledger.fund(), address(this));
    }

    /// A mint, burn or transfer as an ERC-20 would allow it, applied to the reference book.
    function _move(uint8 f, uint8 t, uint256 v) internal {
        address from = who[f % 4];
        address to = who[t % 4];
        if (from == address(0) && to == address(0)) to = who[1];
        if (from != address(0)) v = bal[from] == 0 ? 0 : v % (bal[from] + 1);
        else v = bound(v, 0, type(uint128).max);
        if (from != address(0)) bal[from] -= v;
        else supply += v;
        if (to != address(0)) bal[to] += v;
        else supply -= v;
        ledger.onTransfer(from, to, v);
    }

    function testFuzz_mirrorsTheBookAndTheVotesExactly(uint8[24] calldata f, uint8[24] calldata t, uint256[24] calldata v)
        public
    {
        vm.prank(who[1]);
        ledger.delegate(who[1]);
        vm.prank(who[2]);
        ledger.delegate(who[1]); // bob's votes go to alice
        for (uint256 i = 0; i < 24; ++i) {
            _move(f[i], t[i], v[i]);
            if (i % 3 == 0) vm.warp(block.timestamp + 1 + (v[i] % 1000));
        }
        for (uint256 i = 1; i < 4; ++i) assertEq(ledger.balanceOf(who[i]), bal[who[i]]);
        assertEq(ledger.getVotes(who[1]), bal[who[1]] + bal[who[2]]);
        assertEq(ledger.getVotes(who[2]), 0);
        assertEq(ledger.getVotes(who[3]), 0, "votes count only once delegated");
        vm.warp(block.timestamp + 1);
        assertEq(ledger.supplyAt(block.timestamp - 1), supply);
        assertEq(ledger.getPastTotalSupply(block.timestamp - 1), supply);
        assertEq(ledger.balanceAt(who[3], block.timestamp - 1), bal[who[3]]);
    }

    function testFuzz_neverRevertsForTheFund(address from, address to, uint256 value, uint256 value2) public {
        ledger.onTransfer(address(0), from, value);
        ledger.onTransfer(from, to, value2);
        ledger.onTransfer(to, to, value);
        ledger.onTransfer(to, address(0), value2);
        ledger.onTransfer(from, from, 0);
        vm.prank(to);
        ledger.delegate(from);
        ledger.onTransfer(address(0), to, type(uint256).max);
        ledger.onTransfer(address(0), to, type(uint256).max);
        assertLe(ledger.getVotes(from), type(uint208).max);
        assertLe(ledger.balanceOf(to), type(uint208).max);
    }

    function test_saturatesAtTheTopInsteadOfReverting() public {
        ledger.onTransfer(address(0), who[1], type(uint256).max);
        assertEq(ledger.balanceOf(who[1]), type(uint208).max);
        ledger.onTransfer(who[1], who[2], type(uint256).max);
        assertEq(ledger.balanceOf(who[1]), 0);
        assertEq(ledger.balanceOf(who[2]), type(uint208).max);
        ledger.onTransfer(who[2], address(0), 1);
        assertEq(ledger.balanceOf(who[2]), type(uint208).max - 1);
    }

    function test_nobodyButTheFundReports(address caller) public {
        vm.assume(caller != address(this));
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(ShareLedger.NotFund.selector, caller));
        ledger.onTransfer(address(0), caller, 1);
    }

    function test_snapshotsAreTheBalancesAtTheEndOfEachSecond() public {
        ledger.onTransfer(address(0), who[1], 100);
        uint256 t0 = block.timestamp;
        vm.warp(t0 + 10);
        ledger.onTransfer(who[1], who[2], 30);
        ledger.onTransfer(who[1], who[2], 20); // same second: one checkpoint, the last value
        vm.warp(t0 + 20);
        assertEq(ledger.balanceAt(who[1], t0), 100);
        assertEq(ledger.balanceAt(who[1], t0 + 9), 100);
        assertEq(ledger.balanceAt(who[1], t0 + 10), 50);
        assertEq(ledger.balanceAt(who[2], t0 + 10), 50);
        assertEq(ledger.balanceAt(who[2], t0 - 1), 0);
        assertEq(ledger.supplyAt(t0 + 15), 100);
        vm.expectRevert(); // the present is not a snapshot: it can still change
        ledger.balanceAt(who[1], block.timestamp);
        assertEq(ledger.clock(), block.timestamp);
        assertEq(ledger.CLOCK_MODE(), "mode=timestamp");
        assertEq(ledger.fund(), address(this));
    }

    function test_votesFollowDelegation() public {
        ledger.onTransfer(address(0), who[1], 100);
        assertEq(ledger.getVotes(who[1]), 0);
        vm.prank(who[1]);
        ledger.delegate(who[3]);
        assertEq(ledger.getVotes(who[3]), 100);
        ledger.onTransfer(who[1], who[2], 40);
        assertEq(ledger.getVotes(who[3]), 60);
        vm.prank(who[2]);
        ledger.delegate(who[2]);
        assertEq(ledger.getVotes(who[2]), 40);
        vm.prank(who[1]);
        ledger.delegate(who[2]); // redelegation moves the whole balance
        assertEq(ledger.getVotes(who[2]), 100);
        assertEq(ledger.getVotes(who[3]), 0);
        uint256 t = block.timestamp;
        vm.warp(t + 1);
        assertEq(ledger.getPastVotes(who[2], t), 100);
    }

    function test_delegateBySig() public {
        (address signer, uint256 key) = makeAddrAndKey("holder");
        ledger.onTransfer(address(0), signer, 7);
        bytes32 typehash = keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");
        bytes32 structHash = keccak256(abi.encode(typehash, who[2], 0, block.timestamp + 1));
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Evergreen Share Ledger"),
                keccak256("1"),
                block.chainid,
                address(ledger)
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        ledger.delegateBySig(who[2], 0, block.timestamp + 1, v, r, s);
        assertEq(ledger.delegates(signer), who[2]);
        assertEq(ledger.getVotes(who[2]), 7);
    }
}
