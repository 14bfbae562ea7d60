// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";

/// @title MockVamDeal
/// @notice A minimal VAM deal for tests only: the project funds it with p1 + p2 of its token, the
/// fund's `start` pulls n1 + n2 and receives p1, anyone settles it (exercised or expired), and
/// the fund and the holders it assigned parts to claim the second leg. No condition, no oracle.
contract MockVamDeal is IVamDeal {
    using SafeERC20 for IERC20;

    uint256 private constant _ALL = 1e18;

    /// @notice Thrown when the caller is not the fund.
    error NotFund(address caller);
    /// @notice Thrown when the deal is not in the state a call needs.
    error WrongState();

    /// @notice Emitted when the deal started.
    event Started();
    /// @notice Emitted when the deal was settled.
    event Settled(bool exercised);
    /// @notice Emitted when a part of the second leg was assigned.
    event Assigned(address indexed to, uint256 part);
    /// @notice Emitted when a leg was claimed.
    event Claimed(address indexed account, uint256 assets, uint256 tokens);

    address public immutable fund;
    address public immutable asset;
    address public immutable projectToken;
    address public immutable project;
    uint256 public immutable n1;
    uint256 public immutable p1;
    uint256 public immutable n2;
    uint256 public immutable p2;

    bool public started;
    bool public settled;
    bool public exercised;
    bool public fundClaimed;
    uint256 public fundPart = _ALL;
    mapping(address => uint256) public assigned;

    constructor(address fund_, address asset_, address token_, address project_, uint256 n1_, uint256 p1_, uint256 n2_, uint256 p2_) {
        (fund, asset, projectToken, project) = (fund_, asset_, token_, project_);
        (n1, p1, n2, p2) = (n1_, p1_, n2_, p2_);
    }

    modifier onlyFund() {
        if (msg.sender != fund) revert NotFund(msg.sender);
        _;
    }

    /// @inheritdoc IVamDeal
    function fundCommitment() external view returns (uint256) {
        return n1 + n2;
    }

    /// @inheritdoc IVamDeal
    function initialTranche() external view returns (uint256, uint256) {
        return (n1, p1);
    }

    /// @inheritdoc IVamDeal
    function fundEscrowed() external view returns (uint256) {
        return started && !fundClaimed ? n2 * fundPart / _ALL : 0;
    }

    /// @inheritdoc IVamDeal
    function start() external onlyFund {
        if (started) revert WrongState();
        started = true;
        IERC20(asset).safeTransferFrom(fund, address(this), n1 + n2);
        IERC20(asset).safeTransfer(project, n1);
        IERC20(projectToken).safeTransferFrom(project, fund, p1);
        emit Started();
    }

    /// @inheritdoc IVamDeal
    function assign(address to, uint256 part) external onlyFund {
        if (!started || fundClaimed || part > fundPart) revert WrongState();
        fundPart -= part;
        assigned[to] += part;
        emit Assigned(to, part);
    }

    /// @notice Ends the deal (test-only: no condition): exercised, the project is paid n2 and
    /// owes p2; expired, n2 goes back to the fund's side.
    function settle(bool exercise) external {
        if (!started || settled) revert WrongState();
        settled = true;
        exercised = exercise;
        if (exercise) {
            IERC20(asset).safeTransfer(project, n2);
            IERC20(projectToken).safeTransferFrom(project, address(this), p2);
        }
        emit Settled(exercise);
    }

    /// @inheritdoc IVamDeal
    function claimFund() external onlyFund returns (uint256 assets, uint256 tokens, uint256 cost) {
        if (!settled || fundClaimed) revert WrongState();
        fundClaimed = true;
        (assets, tokens, cost) = _pay(fund, fundPart);
    }

    /// @notice Sends an in-kind redeemer its assigned part of the settled second leg.
    function claim() external returns (uint256 assets, uint256 tokens) {
        uint256 part = assigned[msg.sender];
        if (!settled || part == 0) revert WrongState();
        assigned[msg.sender] = 0;
        (assets, tokens,) = _pay(msg.sender, part);
    }

    function _pay(address to, uint256 part) private returns (uint256 assets, uint256 tokens, uint256 cost) {
        if (exercised) {
            tokens = p2 * part / _ALL;
            cost = n2 * part / _ALL;
            IERC20(projectToken).safeTransfer(to, tokens);
        } else {
            assets = n2 * part / _ALL;
            IERC20(asset).safeTransfer(to, assets);
        }
        emit Claimed(to, assets, tokens);
    }
}
