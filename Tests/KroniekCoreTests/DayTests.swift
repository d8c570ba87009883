import KroniekCore
import Testing

@Suite struct DayTests {
    @Test(arguments: [
        ("2020-03-02", 1, "2020-W10"),
        ("2020-03-01", 7, "2020-W09"),
        ("2021-01-01", 5, "2020-W53"),
        ("2019-12-30", 1, "2020-W01"),
    ])
    func weekdayAndISOWeek(iso: String, weekday: Int, week: String) throws {
        let day = try #require(Day(iso: iso))
        #expect(day.isoWeekday == weekday)
        #expect(day.isoWeek == week)
    }

    @Test(arguments: ["2020-02-30", "2020-13-01", "20-03-01", "2020-03", "maart"])
    func rejectsWhatIsNotADay(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func arithmetic() throws {
        let day = try #require(Day(iso: "2020-02-28"))
        #expect(day.adding(days: 1).iso == "2020-02-29")
        #expect(day.adding(days: 2).iso == "2020-03-01")
        #expect(day.adding(months: -3).iso == "2019-11-28")
        #expect(day.distance(to: Day(year: 2020, month: 3, day: 5)) == 6)
    }
}
