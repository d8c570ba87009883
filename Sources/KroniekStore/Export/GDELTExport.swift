import Foundation
import KroniekCore

/// Stored events as rows in GDELT 2.0 event-table columns, as far as
/// Kroniek has them, tab-separated with a header line.
///
/// One row per event mention; NumMentions, NumSources and NumArticles come
/// from the mention's cluster (its mentions, independent sources and
/// articles), and are 1 for a mention without one. A coarser date gives its first day in
/// `Day`, with `DatePrecision` saying how coarse. Country codes are ISO
/// alpha-3 (Kroniek's), not GDELT's FIPS codes for ActionGeo.
public enum GDELTExport {
    public static let columns = [
        "GlobalEventID", "Day", "DatePrecision", "Actor1Code", "Actor1CountryCode", "Actor2Code", "Actor2CountryCode",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
        "DATEADDED", "SOURCEURL",
    ]

    /// The row of one stored event, in `columns` order, counted by `cluster`.
    public static func row(_ stored: StoredEvent, cluster: EventCluster? = nil) -> [String] {
        let event = stored.event
        let day = stored.firstDay.map { $0.replacingOccurrences(of: "-", with: "") } ?? ""
        let added = stored.ingestedAt.filter(\.isNumber).prefix(14)
        return [
            String(stored.storeID), day, event.date.precision?.rawValue ?? "",
            event.source?.code ?? "", event.source?.country ?? "", event.target?.code ?? "", event.target?.country ?? "",
            event.sentence <= 1 ? "1" : "0",
            event.cameo, String(event.cameo.prefix(3)), String(event.cameo.prefix(2)),
            String(event.quadClass), String(event.goldstein),
            String(cluster?.eventIDs.count ?? 1), String(cluster?.independentSources ?? 1),
            String(cluster?.articleCount ?? 1),
            event.location?.name ?? "", event.location?.country ?? "",
            event.location?.lat.map { String($0) } ?? "", event.location?.lon.map { String($0) } ?? "",
            String(added), stored.articleURL ?? "",
        ]
    }

    /// The header and rows of `events`, with `clusters` by event id.
    public static func table(_ events: [StoredEvent], clusters: [String: EventCluster] = [:]) -> DelimitedTable {
        DelimitedTable(delimiter: "\t", header: columns, rows: events.map { row($0, cluster: clusters[$0.event.id]) })
    }
}
