import KroniekCore

/// Stored events as ACLED rows: only political violence, protests and
/// strategic developments, with ACLED's event and sub-event types mapped
/// from the CAMEO code.
///
/// ACLED codes events, not mentions, so a mention exported here is a
/// candidate row for an analyst; `notes` carries its sentence.
public enum ACLEDExport {
    public static let columns = [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
        "location", "latitude", "longitude", "fatalities", "source", "source_url", "notes",
    ]

    /// CAMEO code prefixes and the ACLED types they map to; the longest
    /// matching prefix wins.
    public static let mapping: [(cameo: String, type: String, subType: String)] = [
        ("0871", "Strategic developments", "Agreement"),
        ("0872", "Strategic developments", "Agreement"),
        ("057", "Strategic developments", "Agreement"),
        ("0874", "Strategic developments", "Non-violent transfer of territory"),
        ("14", "Protests", "Peaceful protest"),
        ("145", "Riots", "Violent demonstration"),
        ("15", "Strategic developments", "Other"),
        ("171", "Strategic developments", "Looting/property destruction"),
        ("173", "Strategic developments", "Arrests"),
        ("175", "Violence against civilians", "Attack"),
        ("18", "Violence against civilians", "Attack"),
        ("181", "Violence against civilians", "Abduction/forced disappearance"),
        ("1821", "Violence against civilians", "Sexual violence"),
        ("183", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("1831", "Explosions/Remote violence", "Suicide bomb"),
        ("19", "Battles", "Armed clash"),
        ("194", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("195", "Explosions/Remote violence", "Air/drone strike"),
        ("20", "Violence against civilians", "Attack"),
        ("2041", "Explosions/Remote violence", "Chemical weapon"),
    ]

    /// The ACLED event type and sub-event type of a CAMEO code, or nil
    /// when ACLED does not record that kind of event.
    public static func types(cameo: String) -> (type: String, subType: String)? {
        mapping.filter { cameo.hasPrefix($0.cameo) }.max { $0.cameo.count < $1.cameo.count }.map { ($0.type, $0.subType) }
    }

    /// ACLED's time precision: 1 a day, 2 a week, 3 anything coarser.
    static func timePrecision(_ precision: DatePrecision?) -> String {
        switch precision {
        case .day: return "1"
        case .week: return "2"
        default: return "3"
        }
    }

    /// The row of one stored event, or nil when ACLED does not record it.
    public static func row(_ stored: StoredEvent) -> [String]? {
        let event = stored.event
        guard event.modality == .asserted, let types = types(cameo: event.cameo) else { return nil }
        return [
            String(stored.storeID), stored.firstDay ?? "", timePrecision(event.date.precision), types.type, types.subType,
            event.source?.name ?? event.source?.code ?? "", event.target?.name ?? event.target?.code ?? "",
            event.location?.country ?? event.source?.country ?? "", event.location?.name ?? "",
            event.location?.lat.map { String($0) } ?? "", event.location?.lon.map { String($0) } ?? "",
            String(event.casualties.killed?.count ?? 0), stored.outlet ?? "", stored.articleURL ?? "", event.text,
        ]
    }

    /// The header and the rows of the events ACLED records.
    public static func table(_ events: [StoredEvent]) -> DelimitedTable {
        DelimitedTable(delimiter: ",", header: columns, rows: events.compactMap(row))
    }
}
