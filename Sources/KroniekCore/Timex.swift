/// A time expression found in a sentence, with its value in TIMEX3 form.
///
/// The value is resolved against the publication date; relative expressions
/// without one keep `value` nil.
public struct Timex: Codable, Sendable, Hashable {
    public var sentence: Int
    public var text: String
    /// `DATE`, `DURATION` or `SET` as in TIMEX3.
    public var type: String
    /// `2020-03-05`, `2020-W10`, `2020-03`, `2019`, ... or nil when unresolved.
    public var value: String?
    public var precision: DatePrecision?
    /// Start of an open or bounded period ("sinds december" = from 2019-12).
    public var from: String?
    public var to: String?
    public var span: Span?

    public init(
        sentence: Int, text: String, type: String = "DATE", value: String?, precision: DatePrecision?,
        from: String? = nil, to: String? = nil, span: Span? = nil
    ) {
        self.sentence = sentence
        self.text = text
        self.type = type
        self.value = value
        self.precision = precision
        self.from = from
        self.to = to
        self.span = span
    }
}

/// How fine a date is.
public enum DatePrecision: String, Codable, Sendable, Hashable, CaseIterable {
    case day, week, month, quarter, season, year, decade
}
