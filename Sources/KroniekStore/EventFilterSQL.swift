import KroniekCore

/// The SQL conditions of `EventQuery`'s event filters, written once for both
/// engines: the SQLite and PostgreSQL stores differ only in how they name a
/// substring test and an integer parameter (`SQLDialect`).
///
/// Conditions read `events e` and `sentences s`; every value is a `?`
/// placeholder, bound from `values` in order.
struct EventFilterSQL {
    /// A bound value.
    enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
    }

    private(set) var clauses: [String] = []
    private(set) var values: [Value] = []

    /// The filters of `query`; the date filters only when `dates`.
    init(_ query: EventQuery, dates: Bool, dialect: SQLDialect) {
        func prefix(_ column: String, _ value: String) -> String {
            values += [.integer(value.count), .text(value)]
            return "substr(\(column), 1, \(dialect.integer)) = ?"
        }
        if let actor = query.actor {
            clauses.append("(\(prefix("e.sourceCode", actor)) OR \(prefix("e.targetCode", actor)))")
        }
        if let source = query.source { clauses.append(prefix("e.sourceCode", source)) }
        if let target = query.target { clauses.append(prefix("e.targetCode", target)) }
        if let cameo = query.cameo { clauses.append(prefix("e.cameo", cameo)) }
        if let plover = query.plover { add("e.plover = ?", .text(plover.uppercased())) }
        if dates, let from = query.from {
            add("(e.lastDay >= ? OR (e.lastDay IS NULL AND e.firstDay IS NOT NULL))", .text(DayInterval(iso: from)?.first.iso ?? from))
        }
        if dates, let to = query.to {
            add("(e.firstDay <= ? OR (e.firstDay IS NULL AND e.lastDay IS NOT NULL))", .text(DayInterval(iso: to)?.last.iso ?? to))
        }
        if let place = query.place {
            clauses.append("(\(dialect.contains("lower(e.placeName)", "lower(?)")) OR e.placeCountry = ?)")
            values += [.text(place), .text(place.uppercased())]
        }
        if let modality = query.modality { add("e.modality = ?", .text(modality.lowercased())) }
        if let minKilled = query.minKilled { add("e.killed >= ?", .integer(minKilled)) }
        if let text = query.text { add(dialect.contains("lower(s.text)", "lower(?)"), .text(text)) }
        // Keyset paging in the events' order (first day, undated last, then store id).
        if let after = query.after {
            if let day = after.firstDay {
                clauses.append("(e.firstDay IS NULL OR e.firstDay > ? OR (e.firstDay = ? AND e.id > ?))")
                values += [.text(day), .text(day), .integer(Int(after.storeID))]
            } else {
                add("(e.firstDay IS NULL AND e.id > ?)", .integer(Int(after.storeID)))
            }
        }
    }

    private mutating func add(_ clause: String, _ value: Value) {
        clauses.append(clause)
        values.append(value)
    }
}

/// What differs between the SQL of the two engines in shared queries.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A placeholder for an integer (PostgreSQL binds Swift integers as
    /// `bigint`, which `substr` does not take).
    var integer: String {
        self == .sqlite ? "?" : "CAST(? AS integer)"
    }

    /// Whether `haystack` contains `needle` (both SQL expressions).
    func contains(_ haystack: String, _ needle: String) -> String {
        self == .sqlite ? "instr(\(haystack), \(needle)) > 0" : "strpos(\(haystack), \(needle)) > 0"
    }
}
