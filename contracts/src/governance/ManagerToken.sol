// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";

/// @title ManagerToken
/// @notice The fund's manager token: a claim on its fee shares (through the fee splitter, which
/// it checkpoints on every transfer) and votes in its governor, on a timestamp clock.
contract ManagerToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice Thrown when a caller other than the factory initializes, or initializes twice.
    error NotAdmin(address caller);
    /// @notice Thrown when a caller other than the contribution-rewards contract mints.
    error NotMinter(address caller);

    /// @notice Thrown when a caller other than the fee splitter burns.
    error NotFeeSplitter(address caller);

    /// @notice Emitted when the splitter and minter were set.
    event Initialized(address feeSplitter, address minter);

    address public immutable admin;
    IFeeSplitter public feeSplitter;
    address public minter;

    constructor(string memory name_, string memory symbol_, address admin_) ERC20(name_, symbol_) ERC20Permit(name_) {
        admin = admin_;
    }

    /// @notice Wires the fee splitter and the minter; once, by the factory.
    function initialize(address splitter, address minter_) external {
        if (msg.sender != admin || minter != address(0)) revert NotAdmin(msg.sender);
        feeSplitter = IFeeSplitter(splitter);
        minter = minter_;
        emit Initialized(splitter, minter_);
    }

    /// @notice Mints `amount` to `to`: the factory's initial allocation, then contribution rewards.
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter && !(msg.sender == admin && minter == address(0))) revert NotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @notice Burns `amount` of the fee splitter's own tokens: the manager tokens its buybacks
    /// bought. Only the splitter; votes and the splitter's accumulator are checkpointed as on any burn.
    function burn(uint256 amount) external {
        if (msg.sender != address(feeSplitter)) revert NotFeeSplitter(msg.sender);
        _burn(msg.sender, amount);
    }

    /// @notice ERC-6372 clock: timestamps, so proposals are timed in seconds.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice ERC-6372 clock mode.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev The splitter accrues the fund's fees and settles both sides at their old balances
    /// before the balances change.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        if (address(feeSplitter) != address(0)) feeSplitter.checkpoint(from, to, value);
        super._update(from, to, value);
    }
}
