import KroniekCore

extension Day {
    /// The first day of a TIMEX3 date value: `2020-03-05`, `2020-W10`
    /// (its Monday), `2020-03`, `2020` (1 January); nil for anything else.
    ///
    /// Modality compares it with the publication day: a period that starts
    /// after that day lies in the future.
    init?(timexStart value: String) {
        if let day = Day(iso: value) {
            self = day
            return
        }
        let parts = value.split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 {
            self.init(year: year, month: 1, day: 1)
        } else if parts.count == 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()), (1...53).contains(week) {
            // ISO week 1 is the week with 4 January in it.
            let january4 = Day(year: year, month: 1, day: 4)
            self = january4.adding(days: 1 - january4.isoWeekday + 7 * (week - 1))
        } else if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self.init(year: year, month: month, day: 1)
        } else {
            return nil
        }
    }
}
