import KroniekCore
import Testing

@testable import KroniekStore

@Suite struct ClusterBuilderTests {
    private typealias F = ClusterFixture
    let builder = ClusterBuilder()

    @Test func corpusClusters() {
        #expect(F.partition(builder.clusters(of: ClusterCorpus.items)) == ClusterCorpus.expected)
    }

    @Test(arguments: [1, 2, 3, 7, 42, 2020, 99_999] as [UInt64])
    func orderDoesNotMatter(seed: UInt64) {
        let shuffled = F.shuffled(ClusterCorpus.items, seed: seed)
        #expect(shuffled.map(\.event.id) != ClusterCorpus.items.map(\.event.id))
        #expect(builder.clusters(of: shuffled) == builder.clusters(of: ClusterCorpus.items))
    }

    @Test(arguments: [0, 1, 5, 11, 42] as [UInt64])
    func articleByArticleEqualsAllAtOnce(seed: UInt64) {
        var clusters: [EventCluster] = []
        var stored: [ClusterItem] = []
        for article in F.shuffled(ClusterCorpus.articles, seed: seed) {
            clusters = builder.adding(article, to: clusters, all: stored)
            stored += article
        }
        #expect(clusters == builder.clusters(of: ClusterCorpus.items))
    }

    @Test func addingAcceptsNewItemsAlreadyInAll() {
        let (old, new) = (Array(ClusterCorpus.items.prefix(6)), Array(ClusterCorpus.items.dropFirst(6)))
        let existing = builder.clusters(of: old)
        let result = builder.adding(new, to: existing, all: ClusterCorpus.items)
        #expect(result == builder.clusters(of: ClusterCorpus.items))
    }

    @Test func addingKeepsClustersItDoesNotReach() {
        let existing = builder.clusters(of: ClusterCorpus.items)
        let protest = F.item(
            "p4", article: "art-11", cameo: "145", source: "RUSOPP", target: "RUSGOV", date: "2020-03-07",
            place: ClusterCorpus.moscow, sentence: "Betogers in Moskou gooiden stenen naar agenten.")
        let result = builder.adding([protest], to: existing, all: ClusterCorpus.items)
        let changed = Set(result).symmetricDifference(existing)
        #expect(F.partition(Array(changed)) == [["p1"], ["p1", "p4"]])
    }

    @Test func addingNeedsOnlyTheNewItemsFamilies() {
        let protest = F.item(
            "p4", article: "art-11", cameo: "145", source: "RUSOPP", target: "RUSGOV", date: "2020-03-07",
            place: ClusterCorpus.moscow, sentence: "Betogers in Moskou gooiden stenen naar agenten.")
        let protests = ClusterCorpus.items.filter { $0.event.cameo.hasPrefix("14") }
        let result = builder.adding([protest], to: builder.clusters(of: ClusterCorpus.items), all: protests)
        #expect(result == builder.clusters(of: ClusterCorpus.items + [protest]))
    }

    @Test func clusterOfOneMeeting() throws {
        let clusters = builder.clusters(of: ClusterCorpus.items)
        let meeting = try #require(clusters.first { $0.eventIDs.contains("m3") })
        #expect(meeting.eventIDs == ["m1", "m2", "m3", "m4", "m5"])
        #expect(meeting.articleIDs == ["art-1", "art-2", "art-3", "art-4"])
        #expect(meeting.articleCount == 4)
        #expect(meeting.outlets == ["Krant A", "Krant B", "Krant C", "Omroep D"])
        #expect(meeting.independentSources == 3)
        #expect(meeting.representativeEventID == "m3")
        #expect(meeting.dateFrom == "2020-03-05")
        #expect(meeting.dateTo == "2020-03-05")
        #expect(meeting.family == "04")
    }

    @Test func vagueMentionFittingTwoMeetingsChainsNeither() {
        let clusters = builder.clusters(of: ClusterCorpus.items)
        #expect(clusters.contains { $0.eventIDs == ["m7"] })
        #expect(clusters.contains { $0.eventIDs == ["m6"] })
    }

    @Test func vagueMentionJoinsTheOnlyMeetingItFits() {
        let items = [
            F.item("a", article: "a1"),
            F.item("b", article: "a2", target: nil, date: "2020-03", sentence: "Frankrijk overlegde deze maand."),
        ]
        #expect(F.partition(builder.clusters(of: items)) == [["a", "b"]])
    }

    @Test func twoStrikesOnOneDayInTwoCitiesStayApart() {
        let items = ClusterCorpus.items.filter { $0.event.cameo.hasPrefix("19") }
        #expect(F.partition(builder.clusters(of: items)) == [["s1", "s3"], ["s2"]])
    }

    @Test func titleAndLeadOfOneArticleShareACluster() {
        let items = [
            F.item("t", article: "a1", date: "2020-03-04", basis: .publication, published: "2020-03-04"),
            F.item("l", article: "a1", date: "2020-03-05", modality: .planned, published: "2020-03-04"),
        ]
        let clusters = builder.clusters(of: items)
        #expect(F.partition(clusters) == [["t", "l"]])
        #expect(clusters.first?.representativeEventID == "l")
        #expect(clusters.first?.dateFrom == "2020-03-05")
    }

    @Test(arguments: [
        (0.9, 0.5, "day"), (0.5, 0.9, "day"),
    ])
    func representativeIsTheMostSpecific(dayConfidence: Double, weekConfidence: Double, expected: String) {
        let items = [
            F.item("week", article: "a1", date: "2020-W10", confidence: weekConfidence),
            F.item("day", article: "a2", confidence: dayConfidence),
            F.item("dayNoTarget", article: "a3", target: nil, confidence: 1.0),
        ]
        #expect(builder.clusters(of: items).map(\.representativeEventID) == [expected])
    }

    @Test func representativePrefersConfidenceAmongEquals() {
        let items = [F.item("low", article: "a1", confidence: 0.6), F.item("high", article: "a2", confidence: 0.8)]
        #expect(builder.clusters(of: items).map(\.representativeEventID) == ["high"])
    }

    @Test func idComesFromTheMembers() throws {
        let (s1, s3) = (ClusterCorpus.items[7], ClusterCorpus.items[9])
        let pair = try #require(builder.clusters(of: [s1, s3]).first)
        let reversed = try #require(builder.clusters(of: [s3, s1]).first)
        let single = try #require(builder.clusters(of: [s1]).first)
        #expect(pair.id == reversed.id)
        #expect(pair.id != single.id)
        #expect(pair.id.count == 17 && pair.id.hasPrefix("c"))
        #expect(pair.id.dropFirst().allSatisfy { $0.isHexDigit })
    }

    @Test func repeatedEventIDsCountOnce() {
        let item = F.item("x", article: "a1")
        #expect(builder.clusters(of: [item, item]).map(\.eventIDs) == [["x"]])
    }

    @Test func emptyInputGivesNoClusters() {
        #expect(builder.clusters(of: []).isEmpty)
        #expect(builder.adding([], to: [], all: []).isEmpty)
    }
}
