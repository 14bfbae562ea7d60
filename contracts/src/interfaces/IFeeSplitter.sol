// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The fee splitter as the fund, the manager token and the lens see it.
interface IFeeSplitter {
    /// @notice The manager token whose holders share the fees.
    function managerToken() external view returns (address);

    /// @notice Accrues the fund's fees and settles `from` and `to` before `amount` manager tokens
    /// move from `from` to `to` (address(0): a mint or a burn).
    function checkpoint(address from, address to, uint256 amount) external;

    /// @notice Manager tokens that earn fee shares: the supply less the excluded balances.
    function claimingSupply() external view returns (uint256);

    /// @notice Fee shares the splitter holds that are not yet credited to any holder (in buyback
    /// mode, those waiting for a buyback included).
    function uncredited() external view returns (uint256);

    /// @notice Fee shares credited to `account` and not yet claimed: what `claim` would pay it.
    function credited(address account) external view returns (uint256);

    /// @notice Whether governance excluded `account` from the distribution.
    function isExcluded(address account) external view returns (bool);

    /// @notice The holders governance excluded from the distribution.
    function excludedHolders() external view returns (address[] memory);
}
