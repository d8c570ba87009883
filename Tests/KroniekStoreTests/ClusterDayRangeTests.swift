import KroniekCore
import Testing

@testable import KroniekStore

@Suite struct ClusterDayRangeTests {
    @Test(arguments: [
        ("2020-03-05", "2020-03-05", "2020-03-05"),
        ("2020-03-05T14:30", "2020-03-05", "2020-03-05"),
        ("2020-W10", "2020-03-02", "2020-03-08"),
        ("2020-W10-WE", "2020-03-07", "2020-03-08"),
        ("2020-W01", "2019-12-30", "2020-01-05"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2020-Q2", "2020-04-01", "2020-06-30"),
        ("2020-WI", "2020-12-01", "2021-02-28"),
        ("2020", "2020-01-01", "2020-12-31"),
        ("202", "2020-01-01", "2029-12-31"),
    ])
    func timexRange(value: String, first: String, last: String) throws {
        let range = try #require(DayRange(timex: value))
        #expect(range.firstDay == first)
        #expect(range.lastDay == last)
    }

    @Test(arguments: ["PRESENT_REF", "P3D", "2020-13", "2020-W60", "maart", ""])
    func notACalendarDate(value: String) {
        #expect(DayRange(timex: value) == nil)
    }

    @Test(arguments: ["1970-01-01", "1969-12-31", "1900-03-01", "2000-02-29", "2020-12-31", "2024-02-29"])
    func ordinalRoundTrip(iso: String) throws {
        let day = try #require(Day(iso: iso))
        let epoch = Day(year: 1970, month: 1, day: 1)
        #expect(DayRange.day(DayRange.ordinal(day)) == day)
        #expect(DayRange.ordinal(day) == epoch.distance(to: day))
    }

    @Test(arguments: [(0, true), (1, true), (2, false)])
    func tolerance(distance: Int, overlaps: Bool) {
        let day = DayRange(lower: 100, upper: 100)
        let later = DayRange(lower: 100 + distance, upper: 100 + distance)
        #expect(day.overlaps(later, tolerance: 1) == overlaps)
        #expect(later.overlaps(day, tolerance: 1) == overlaps)
    }

    /// A bounded period covers its bounds, not its best single value.
    @Test(arguments: [
        // "de afgelopen dagen": valued as the publication month, covering the last week
        ("2020-03", "2020-02-24", "2020-03-02", "2020-02-24", "2020-03-02"),
        // "sinds december": from December to the publication day
        ("2019-12", "2019-12", nil, "2019-12-01", "2020-03-02"),
    ] as [(String, String?, String?, String, String)])
    func periodCoversItsBounds(value: String, from: String?, to: String?, first: String, last: String) throws {
        let date = EventDate(value: value, precision: .month, basis: .text, from: from, to: to)
        let range = try #require(EventProfile.range(of: date, published: Day(iso: "2020-03-02")))
        #expect(range.firstDay == first)
        #expect(range.lastDay == last)
    }
}
