import KroniekCore
import KroniekStore
import Testing

@Suite struct DayIntervalTests {
    @Test(arguments: [
        ("2020-03-05", "2020-03-05", "2020-03-05"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2020-W09", "2020-02-24", "2020-03-01"),
        ("2021-W01", "2021-01-04", "2021-01-10"),
        ("2020-Q2", "2020-04-01", "2020-06-30"),
        ("2020-SU", "2020-06-01", "2020-08-31"),
        ("2019-WI", "2019-12-01", "2020-02-29"),
        ("2019", "2019-01-01", "2019-12-31"),
        ("201", "2010-01-01", "2019-12-31"),
    ])
    func valuesCoverTheirDays(value: String, first: String, last: String) throws {
        let interval = try #require(DayInterval(iso: value))
        #expect(interval.first.iso == first)
        #expect(interval.last.iso == last)
    }

    @Test(arguments: ["", "gisteren", "2020-13", "2020-W60", "2020-02-30"])
    func nonDatesHaveNoInterval(value: String) {
        #expect(DayInterval(iso: value) == nil)
    }

    @Test func openRangeKeepsItsOpenEnd() throws {
        let days = try #require(DayInterval.of(EventDate(value: nil, precision: nil, basis: .text, from: "2019-12")))
        #expect(days.first?.iso == "2019-12-01")
        #expect(days.last == nil)
    }
}
