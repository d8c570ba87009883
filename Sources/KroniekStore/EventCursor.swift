/// Where a page of events ended: the first day and store id of its last
/// event, so the next page starts right after it in the store's order
/// (event date, undated last, then id).
///
/// Keyset paging rather than an offset: a page is as cheap deep in the
/// store as at its start, and events ingested meanwhile do not shift it.
public struct EventCursor: Sendable, Hashable {
    /// The last event's first day (`YYYY-MM-DD`), nil when it is undated.
    public var firstDay: String?
    /// The last event's store id.
    public var storeID: Int64

    public init(firstDay: String?, storeID: Int64) {
        self.firstDay = firstDay
        self.storeID = storeID
    }

    /// The cursor after `event`.
    public init(after event: StoredEvent) {
        self.init(firstDay: event.firstDay, storeID: event.storeID)
    }
}
