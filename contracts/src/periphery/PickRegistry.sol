// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What the registry needs of the factory: whether it lists a fund.
interface IPickFactory {
    /// @notice Index + 1 of `fund` in the registry; 0 when unknown.
    function indexOf(address fund) external view returns (uint256);
}

/// @notice What the registry needs of a fund: the feed its governance set for an asset.
interface IPickFund {
    /// @notice The part of a fund's asset configuration the registry reads (FundTypes.AssetConfig's layout).
    struct AssetConfig {
        address feed;
        uint32 heartbeat;
        uint8 decimals;
        uint8 feedDecimals;
        uint8 index;
        uint16 maxWeightBps;
        bool allowed;
        bool listed;
    }

    /// @notice `token`'s feed, heartbeat and guideline in the fund; `listed` false when the fund does not list it.
    function assetConfig(address token) external view returns (AssetConfig memory);
}

/// @notice What the registry needs of a VAM deal: the fund it was made with.
interface IPickDeal {
    /// @notice The fund that is the deal's investor.
    function fund() external view returns (address);
}

/// @title PickRegistry
/// @notice KOL recommendations ("picks") on record: anyone publishes that an asset will rise
/// (long) or fall (short), or that a fund should join a VAM deal, with a short thesis. The
/// registry stamps each pick with the block's time, so nobody can backdate one, and fixes the
/// price feed the pick is judged by at that moment. The dApp computes each pick's record from
/// that feed's rounds since the pick's time; governance may reward a KOL from that record.
///
/// What the registry decides, and why:
/// - An asset pick names a fund of the factory that lists the asset: the pick is judged by the
///   feed that fund's governance chose for it (copied at publication, so a later feed change does
///   not rewrite the pick's history). A KOL cannot bring their own feed, which they could move.
/// - A deal pick names a deal made with a fund of the factory; it is judged by whether the fund
///   approved it and how the deal ended, not by a feed.
/// - Time is `block.timestamp`, never an argument: a pick cannot be published after the move it
///   claims to have called.
///
/// What it does not prevent (the dApp's record and governance's judgement answer these):
/// - Hedging: one account publishing both long and short on an asset. Every pick of an account
///   counts in its record, so opposite picks cancel out rather than leaving only the winner.
/// - Sybils: many accounts each publishing a different call, the winner then advertised. Records
///   are per account; a fresh account with one lucky pick has a record of one, and governance
///   rewards picks a fund acted on, which the sybil does not control.
/// - Spam: each pick costs its publisher gas (the thesis is bounded to `MAX_THESIS` bytes, the URI
///   to `MAX_URI`), and every view is paged, so a flood of picks cannot stop the dApp reading them.
contract PickRegistry {
    /// @notice The longest thesis accepted, in bytes of its UTF-8 text.
    uint256 public constant MAX_THESIS = 280;
    /// @notice The longest content link accepted, in bytes.
    uint256 public constant MAX_URI = 200;
    /// @notice The most picks a paged view returns at once.
    uint256 public constant MAX_PAGE = 200;

    /// @notice What a pick is about: an asset priced by a feed, or a VAM deal.
    enum Kind {
        Asset,
        Deal
    }

    /// @notice Which way the KOL expects the asset to go (a deal pick is always Long: join it).
    enum Direction {
        Long,
        Short
    }

    /// @notice A published pick as stored.
    struct Pick {
        address author;
        uint64 publishedAt;
        Kind kind;
        Direction direction;
        address subject; // the asset token, or the deal
        address fund; // the fund whose feed judges the asset, or the deal's fund
        address feed; // the asset's feed at publication; zero for a deal
        bytes32 contentHash; // of a longer thesis kept off chain; zero when none
        string thesis; // short text, possibly empty when a content hash and URI are given
        string uri; // where the longer thesis is; empty when none
    }

    /// @notice What a publisher gives; the registry adds the author, the time and the feed.
    struct PickInput {
        Kind kind;
        Direction direction;
        address subject;
        address fund; // for an asset pick: a fund listing the asset; ignored for a deal
        bytes32 contentHash;
        string thesis;
        string uri;
    }

    /// @notice Thrown when `fund` is not listed by the factory.
    error UnknownFund(address fund);
    /// @notice Thrown when `fund` does not list `asset`, so no feed its governance trusts prices it.
    error AssetNotListed(address fund, address asset);
    /// @notice Thrown when `deal` is not a contract answering `fund()`.
    error NotADeal(address deal);
    /// @notice Thrown when a deal pick is Short: a deal can only be recommended for joining.
    error DealIsLongOnly();
    /// @notice Thrown when the pick has neither a thesis text nor a content hash with its link.
    error EmptyThesis();
    /// @notice Thrown when the thesis is longer than `maxLength` bytes.
    error ThesisTooLong(uint256 length, uint256 maxLength);
    /// @notice Thrown when the link is longer than `maxLength` bytes.
    error UriTooLong(uint256 length, uint256 maxLength);
    /// @notice Thrown when a content hash comes without a link, or a link without its hash.
    error HashWithoutUri();
    /// @notice Thrown when a paged view asks for more than `MAX_PAGE` items.
    error PageTooLarge(uint256 count, uint256 maxCount);

    /// @notice Emitted when `author` published pick `id` on `subject`, judged in `fund`.
    event PickPublished(
        uint256 indexed id,
        address indexed author,
        address indexed subject,
        Kind kind,
        Direction direction,
        address fund,
        address feed
    );

    /// @notice The factory whose funds and deals picks may name.
    IPickFactory public immutable factory;

    Pick[] private _picks;
    mapping(address author => uint256[] ids) private _byAuthor;

    /// @param factory_ The FundFactory whose funds (`indexOf`) judge the picks.
    constructor(IPickFactory factory_) {
        factory = factory_;
    }

    /// @notice Publishes a pick as the caller, at this block's time. An asset pick names a factory
    /// fund listing the asset (its feed is copied); a deal pick names a deal of a factory fund and
    /// is Long. The thesis is a text of at most `MAX_THESIS` bytes, or a content hash with a link of
    /// at most `MAX_URI` bytes, or both.
    /// @return id the pick's index, counting from 0
    function publish(PickInput calldata input) external returns (uint256 id) {
        _checkThesis(input);
        (address fund, address feed) =
            input.kind == Kind.Asset ? _assetFeed(input.fund, input.subject) : (_dealFund(input), address(0));

        id = _picks.length;
        _picks.push(
            Pick({
                author: msg.sender,
                publishedAt: uint64(block.timestamp),
                kind: input.kind,
                direction: input.direction,
                subject: input.subject,
                fund: fund,
                feed: feed,
                contentHash: input.contentHash,
                thesis: input.thesis,
                uri: input.uri
            })
        );
        _byAuthor[msg.sender].push(id);
        emit PickPublished(id, msg.sender, input.subject, input.kind, input.direction, fund, feed);
    }

    /// @notice How many picks were ever published.
    function pickCount() external view returns (uint256) {
        return _picks.length;
    }

    /// @notice Pick `id` (reverts when out of range).
    function pick(uint256 id) external view returns (Pick memory) {
        return _picks[id];
    }

    /// @notice Up to `count` picks (at most `MAX_PAGE`) from index `start`, in publication order;
    /// fewer at the end.
    function picks(uint256 start, uint256 count) external view returns (Pick[] memory page) {
        uint256 n = _pageLength(_picks.length, start, count);
        page = new Pick[](n);
        for (uint256 i; i < n; ++i) {
            page[i] = _picks[start + i];
        }
    }

    /// @notice How many picks `author` published.
    function authorPickCount(address author) external view returns (uint256) {
        return _byAuthor[author].length;
    }

    /// @notice Up to `count` (at most `MAX_PAGE`) ids of `author`'s picks from their `start`-th, oldest first.
    function pickIdsOf(address author, uint256 start, uint256 count) external view returns (uint256[] memory ids) {
        uint256[] storage all = _byAuthor[author];
        uint256 n = _pageLength(all.length, start, count);
        ids = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = all[start + i];
        }
    }

    function _pageLength(uint256 total, uint256 start, uint256 count) private pure returns (uint256) {
        if (count > MAX_PAGE) revert PageTooLarge(count, MAX_PAGE);
        if (start >= total) return 0;
        return total - start < count ? total - start : count;
    }

    function _checkThesis(PickInput calldata input) private pure {
        uint256 textLength = bytes(input.thesis).length;
        uint256 uriLength = bytes(input.uri).length;
        if (textLength > MAX_THESIS) revert ThesisTooLong(textLength, MAX_THESIS);
        if (uriLength > MAX_URI) revert UriTooLong(uriLength, MAX_URI);
        if ((input.contentHash == bytes32(0)) != (uriLength == 0)) revert HashWithoutUri();
        if (textLength == 0 && uriLength == 0) revert EmptyThesis();
    }

    function _assetFeed(address fund, address asset) private view returns (address, address) {
        if (factory.indexOf(fund) == 0) revert UnknownFund(fund);
        IPickFund.AssetConfig memory c = IPickFund(fund).assetConfig(asset);
        if (!c.listed || c.feed == address(0)) revert AssetNotListed(fund, asset);
        return (fund, c.feed);
    }

    function _dealFund(PickInput calldata input) private view returns (address fund) {
        if (input.direction != Direction.Long) revert DealIsLongOnly();
        if (input.subject.code.length == 0) revert NotADeal(input.subject);
        try IPickDeal(input.subject).fund() returns (address f) {
            fund = f;
        } catch {
            revert NotADeal(input.subject);
        }
        if (factory.indexOf(fund) == 0) revert UnknownFund(fund);
    }
}
