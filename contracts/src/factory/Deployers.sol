// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {FundGovernor} from "../governance/FundGovernor.sol";
import {ManagerToken} from "../governance/ManagerToken.sol";
import {FeeSplitter} from "../governance/FeeSplitter.sol";
import {ContributionRewards} from "../governance/ContributionRewards.sol";

// The factory would exceed the 24 KiB code limit if it carried every creation code itself,
// so each of these carries one part of a fund set. They hold no state and no privilege.

/// @notice Holds a part of a contract's creation code as its own code, behind a STOP byte so that
/// a call to it does nothing. A fund's creation code is too large to sit in its deployer's code.
contract CodeStore {
    /// @notice Stores `code` (code after this contract's first byte).
    constructor(bytes memory code) {
        bytes memory runtime = bytes.concat(hex"00", code);
        assembly ("memory-safe") {
            return(add(runtime, 0x20), mload(runtime))
        }
    }
}

/// @notice Deploys a Fund from its creation code kept in two code stores, so that the fund's own
/// code may use the whole 24 KiB limit instead of what is left in its deployer.
contract FundDeployer {
    /// @notice The first part of the fund's creation code.
    address public immutable part0;
    /// @notice The second part of the fund's creation code.
    address public immutable part1;
    /// @notice keccak256 of the fund's creation code (libraries linked, constructor arguments not
    /// included): anyone can compare it with the compiled Fund before trusting the factory.
    bytes32 public immutable fundCodeHash;

    /// @notice Thrown when the fund's creation failed.
    error FundCreationFailed();

    /// @notice Binds the deployer to the creation code that `p0` then `p1` hold.
    constructor(CodeStore p0, CodeStore p1) {
        (part0, part1) = (address(p0), address(p1));
        fundCodeHash = keccak256(_creationCode(address(p0), address(p1)));
    }

    /// @notice Deploys a fund for `asset`, to be configured by `admin`.
    function deploy(string calldata name, string calldata symbol, address asset, address admin)
        external
        returns (address fund)
    {
        bytes memory init = bytes.concat(_creationCode(part0, part1), abi.encode(name, symbol, asset, admin));
        assembly ("memory-safe") {
            fund := create(0, add(init, 0x20), mload(init))
        }
        if (fund == address(0)) revert FundCreationFailed();
    }

    function _creationCode(address p0, address p1) private view returns (bytes memory) {
        return bytes.concat(_stored(p0), _stored(p1));
    }

    function _stored(address store) private view returns (bytes memory code) {
        uint256 size = store.code.length - 1; // after the STOP byte
        code = new bytes(size);
        assembly ("memory-safe") {
            extcodecopy(store, add(code, 0x20), 1, size)
        }
    }
}

/// @notice Deploys a FundGovernor.
contract GovernorDeployer {
    /// @notice Deploys a governor with params `p`.
    function deploy(FundGovernor.Params calldata p) external returns (address) {
        return address(new FundGovernor(p));
    }
}

/// @notice Deploys a TimelockController whose only executor is open (anyone) and whose admin is the caller.
contract TimelockDeployer {
    /// @notice Deploys a timelock with delay `minDelay` and admin `admin`.
    function deploy(uint256 minDelay, address admin) external returns (address) {
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1); // address(0): anyone may execute a ready operation
        return address(new TimelockController(minDelay, none, anyone, admin));
    }
}

/// @notice Deploys the manager token and its periphery.
contract TokenDeployer {
    /// @notice Deploys a manager token administered by `admin`.
    function deployToken(string calldata name, string calldata symbol, address admin) external returns (address) {
        return address(new ManagerToken(name, symbol, admin));
    }

    /// @notice Deploys the fee splitter and the contribution-rewards contract of a fund set, both
    /// governed by `owner` (the fund's timelock).
    function deployPeriphery(address fund, address token, address owner, uint256 cap)
        external
        returns (address splitter, address rewards)
    {
        splitter = address(new FeeSplitter(fund, token, owner));
        rewards = address(new ContributionRewards(ManagerToken(token), owner, cap));
    }
}
