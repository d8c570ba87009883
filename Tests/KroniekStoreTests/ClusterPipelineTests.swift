import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@testable import KroniekStore

/// Clusters what the Dutch pipeline extracts from three invented articles:
/// two report one meeting in Berlin (announced, then reported), the third a
/// later meeting of the same leaders in Paris.
@Suite struct ClusterPipelineTests {
    static let announced = Article(
        id: "announced", file: "announced.txt",
        title: "De Franse president ontmoet donderdag de Duitse bondskanselier in Berlijn",
        published: "2023-03-06", outlet: "Krant A", sources: ["ANP"],
        paragraphs: [
            "De Franse president Emmanuel Macron reist donderdag naar Berlijn voor een ontmoeting met de Duitse bondskanselier Olaf Scholz. De twee leiders praten over de Europese defensie."
        ])
    static let reported = Article(
        id: "reported", file: "reported.txt", title: "Macron en Scholz overleggen in Berlijn over defensie",
        published: "2023-03-10", outlet: "Krant B", sources: ["ANP"],
        paragraphs: [
            "De Franse president Emmanuel Macron heeft donderdag in Berlijn de Duitse bondskanselier Olaf Scholz ontmoet. Ze spraken over samenwerking op het gebied van defensie."
        ])
    static let later = Article(
        id: "later", file: "later.txt", title: "Scholz ontvangt Macron opnieuw, nu in Parijs", published: "2023-03-29",
        outlet: "Krant C",
        paragraphs: [
            "De Duitse bondskanselier Olaf Scholz heeft dinsdag in Parijs de Franse president Emmanuel Macron ontmoet. Ze spraken over de energieprijzen."
        ])

    @Test func twoReportsOfOneMeetingAndAnotherMeeting() throws {
        let pipeline = try Pipeline(pack: LanguagePack.bundled(language: "nl"))
        let extracted = [Self.announced, Self.reported, Self.later].map(pipeline.extract)
        let consults = extracted.flatMap(ClusterItem.items(of:)).filter { $0.event.cameo.hasPrefix("04") }
        let articles = Set(consults.map(\.articleID))
        try #require(articles == ["announced", "reported", "later"])

        let clusters = ClusterBuilder().clusters(of: consults)
        let berlin = try #require(clusters.first { $0.articleIDs.contains("reported") })
        #expect(berlin.articleIDs == ["announced", "reported"])
        #expect(berlin.eventIDs.count == consults.filter { $0.articleID != "later" }.count)
        #expect(berlin.dateFrom == "2023-03-09")
        #expect(berlin.dateTo == "2023-03-09")
        #expect(berlin.outlets == ["Krant A", "Krant B"])
        #expect(berlin.independentSources == 2)
        let paris = clusters.filter { $0.articleIDs.contains("later") }
        #expect(paris.allSatisfy { $0.articleIDs == ["later"] })
        #expect(!paris.isEmpty)
    }
}
