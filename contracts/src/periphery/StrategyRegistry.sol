// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What the registry needs of the factory: which funds it lists and who created each.
interface IStrategyFactory {
    /// @notice Index + 1 of `fund` in the registry; 0 when unknown.
    function indexOf(address fund) external view returns (uint256);
    /// @notice The account that created `fund`.
    function creatorOf(address fund) external view returns (address);
}

/// @notice What the registry needs of a fund: its owner (the timelock) and its share supply.
interface IStrategyFund {
    /// @notice The fund's owner: its timelock, which executes passed proposals.
    function owner() external view returns (address);
    /// @notice The fund's shares in existence, fee shares included.
    function totalSupply() external view returns (uint256);
}

/// @title StrategyRegistry
/// @notice Each listed fund's strategy statement: a few paragraphs of plain text saying what the
/// fund holds and why and how it rebalances. The contracts do not enforce the words (the fund's
/// guidelines do that); the registry only fixes who may say them and when:
/// - the fund's creator, only while the fund has no shares, i.e. before the first deposit: what
///   the first investors read is what the creator stated, and the creator cannot change it once
///   anyone holds shares;
/// - the fund's owner (its timelock, so a passed and timelocked governance proposal) at any time;
///   investors see the queued proposal and may leave before it takes effect.
/// Every statement gets the next version number; earlier ones stay in the `StrategyStated` logs.
/// @dev Known window: the creator may state or change the text in the same block as, and before,
/// the first deposit (front-running it), and again should every share ever be redeemed. A first
/// depositor who cares reads the statement's version at the block their deposit lands in.
contract StrategyRegistry {
    /// @notice The longest statement accepted, in bytes of its UTF-8 text.
    uint256 public constant MAX_LENGTH = 1_200;

    struct Statement {
        string text;
        address author;
        uint64 statedAt;
        uint32 version;
    }

    /// @notice Thrown when `fund` is not listed by the factory.
    error UnknownFund(address fund);
    /// @notice Thrown when the caller is neither the fund's owner nor its creator.
    error NotOwnerOrCreator(address fund, address caller);
    /// @notice Thrown when the creator states after shares exist: only governance may restate then.
    error SharesExist(address fund, uint256 totalSupply);
    /// @notice Thrown when the statement is empty.
    error EmptyStatement();
    /// @notice Thrown when the statement is longer than `maxLength` bytes.
    error StatementTooLong(uint256 length, uint256 maxLength);

    /// @notice Emitted when `author` stated `fund`'s strategy, as its `version`-th statement.
    event StrategyStated(address indexed fund, address indexed author, uint32 version, string text);

    /// @notice The factory whose funds this registry serves.
    IStrategyFactory public immutable factory;

    mapping(address fund => Statement) private _statements;

    /// @param factory_ The FundFactory whose registry (`indexOf`) and creators (`creatorOf`) decide who may state.
    constructor(IStrategyFactory factory_) {
        factory = factory_;
    }

    /// @notice States `fund`'s strategy as `text` (plain UTF-8, 1 to `MAX_LENGTH` bytes),
    /// replacing the current statement. Callable by the fund's owner at any time and by its
    /// creator while the fund has no shares.
    function state(address fund, string calldata text) external {
        if (factory.indexOf(fund) == 0) revert UnknownFund(fund);
        if (msg.sender != IStrategyFund(fund).owner()) {
            if (msg.sender != factory.creatorOf(fund)) revert NotOwnerOrCreator(fund, msg.sender);
            uint256 supply = IStrategyFund(fund).totalSupply();
            if (supply != 0) revert SharesExist(fund, supply);
        }
        uint256 length = bytes(text).length;
        if (length == 0) revert EmptyStatement();
        if (length > MAX_LENGTH) revert StatementTooLong(length, MAX_LENGTH);

        Statement storage s = _statements[fund];
        uint32 version = s.version + 1;
        (s.text, s.author, s.statedAt, s.version) = (text, msg.sender, uint64(block.timestamp), version);
        emit StrategyStated(fund, msg.sender, version, text);
    }

    /// @notice `fund`'s current statement: its text, who stated it (the creator or the fund's
    /// owner), when, and its version (1 for the first; 0 and empty when none was stated).
    function statementOf(address fund)
        external
        view
        returns (string memory text, address author, uint64 statedAt, uint32 version)
    {
        Statement storage s = _statements[fund];
        return (s.text, s.author, s.statedAt, s.version);
    }
}
