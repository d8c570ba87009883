import Foundation
import KroniekCore

/// A group of event mentions from one or more articles that report the same
/// real-world event, with what a reader of the cluster wants at a glance.
///
/// The id is derived from the member event ids, so the same members always
/// give the same id, whatever order they were clustered in; a cluster that
/// gains a member gets a new id.
public struct EventCluster: Codable, Sendable, Hashable {
    /// `c` + 16 hex digits: FNV-1a of the sorted member event ids.
    public var id: String
    /// The CAMEO family the members share (`04`, `18-20`, ...).
    public var family: String
    /// Member event ids, sorted.
    public var eventIDs: [String]
    /// Ids of the articles the members come from, sorted.
    public var articleIDs: [String]
    /// The most specific member: finest date, both actors, highest confidence.
    public var representativeEventID: String
    /// First and last day (`YYYY-MM-DD`) the most precisely dated members name.
    public var dateFrom: String?
    public var dateTo: String?
    public var articleCount: Int
    /// Outlets of the member articles, sorted, without repeats.
    public var outlets: [String]
    /// Articles counted once per agency copy (see `WireCopy`).
    public var independentSources: Int

    public init(
        id: String, family: String, eventIDs: [String], articleIDs: [String], representativeEventID: String,
        dateFrom: String?, dateTo: String?, articleCount: Int, outlets: [String], independentSources: Int
    ) {
        self.id = id
        self.family = family
        self.eventIDs = eventIDs
        self.articleIDs = articleIDs
        self.representativeEventID = representativeEventID
        self.dateFrom = dateFrom
        self.dateTo = dateTo
        self.articleCount = articleCount
        self.outlets = outlets
        self.independentSources = independentSources
    }

    /// The cluster of `members` (not empty).
    init(members: [EventProfile], wire: WireCopy) {
        let eventIDs = members.map(\.event.id).sorted()
        let articleIDs = Set(members.map(\.item.articleID)).sorted()
        let representative = members.min(by: EventCluster.moreSpecific)!
        let finest = members.map(\.dateSpecificity).min()!
        let range = members.filter { $0.dateSpecificity == finest }.compactMap(\.nominal).reduce(nil) {
            (sum: DayRange?, next: DayRange) in sum.map { $0.union(next) } ?? next
        }
        self.init(
            id: EventCluster.id(of: eventIDs), family: representative.family, eventIDs: eventIDs,
            articleIDs: articleIDs,
            representativeEventID: representative.event.id, dateFrom: range?.firstDay, dateTo: range?.lastDay,
            articleCount: articleIDs.count, outlets: Set(members.compactMap(\.item.outlet)).sorted(),
            independentSources: wire.independentSources(members.map(\.item)))
    }

    /// Whether `a` is the better representative: finer date, more actors
    /// known, higher confidence, then the smaller event id.
    static func moreSpecific(_ a: EventProfile, _ b: EventProfile) -> Bool {
        let actorsA = [a.source, a.target].compactMap { $0 }.count
        let actorsB = [b.source, b.target].compactMap { $0 }.count
        if a.dateSpecificity != b.dateSpecificity { return a.dateSpecificity < b.dateSpecificity }
        if actorsA != actorsB { return actorsA > actorsB }
        if a.event.confidence != b.event.confidence { return a.event.confidence > b.event.confidence }
        return a.event.id < b.event.id
    }

    /// `c` + FNV-1a 64 of the sorted ids, one per line.
    static func id(of sortedEventIDs: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sortedEventIDs.joined(separator: "\n").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "c" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
