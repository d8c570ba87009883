import KroniekCore

@testable import KroniekStore

/// Invented mentions from ten invented articles: one meeting reported four
/// times (title and lead, a wire story reprinted twice, a short item), a
/// second meeting of the same leaders, a vague mention fitting both, two air
/// strikes on one day in two cities, a protest and an arrest.
enum ClusterCorpus {
    private typealias F = ClusterFixture

    static let berlin = F.place("Berlijn", "DEU", "city", 52.52, 13.40)
    static let paris = F.place("Parijs", "FRA", "city", 48.85, 2.35)
    static let aleppo = F.place("Aleppo", "SYR", "city", 36.20, 37.16)
    static let idlib = F.place("Idlib", "SYR", "city", 35.93, 36.63)
    static let moscow = F.place("Moskou", "RUS", "city", 55.75, 37.62)

    static let wire =
        "De Franse president heeft donderdag in Berlijn de Duitse bondskanselier ontmoet voor overleg over defensie."
    static let wireReprint =
        "De Franse president heeft donderdag in Berlijn de Duitse bondskanselier ontmoet voor overleg over de defensie."

    static let items: [ClusterItem] = [
        F.item(
            "m1", article: "art-1", date: "2020-03-02", basis: .publication, modality: .planned, place: berlin,
            sentence: "Franse president naar Berlijn", outlet: "Krant A", published: "2020-03-02"),
        F.item(
            "m2", article: "art-1", modality: .planned, place: berlin,
            sentence: "De Franse president reist donderdag naar Berlijn.", outlet: "Krant A", published: "2020-03-02"),
        F.item(
            "m3", article: "art-2", cameo: "040", place: berlin, confidence: 0.9, sentence: wire, sources: ["ANP"],
            outlet: "Krant B", published: "2020-03-05"),
        F.item(
            "m4", article: "art-3", cameo: "040", source: "DEUGOV", target: "FRAGOV", sentence: wireReprint,
            sources: ["ANP"], outlet: "Krant C", published: "2020-03-06"),
        F.item(
            "m5", article: "art-4", cameo: "040", source: "FRA", target: nil, date: "2020-03-06", basis: .publication,
            sentence: "Frankrijk overlegde met zijn buurland.", outlet: "Omroep D", published: "2020-03-06"),
        F.item(
            "m6", article: "art-5", cameo: "040", source: "DEUGOV", target: "FRAGOV", date: "2020-03-20", place: paris,
            sentence: "De Duitse bondskanselier ontving vrijdag in Parijs de Franse president.", outlet: "Krant B",
            published: "2020-03-21"),
        F.item(
            "m7", article: "art-6", cameo: "040", date: "2020-03",
            sentence: "Frankrijk en Duitsland overlegden in maart geregeld.", published: "2020-04-02"),
        F.item(
            "s1", article: "art-7", cameo: "195", source: "ISRMIL", target: "SYR", place: aleppo,
            sentence: "Israëlische straaljagers bombardeerden donderdag een depot bij Aleppo.", published: "2020-03-06"),
        F.item(
            "s2", article: "art-7", cameo: "195", source: "ISRMIL", target: "SYR", place: idlib,
            sentence: "Dezelfde dag troffen raketten een kazerne in Idlib.", published: "2020-03-06"),
        F.item(
            "s3", article: "art-8", cameo: "190", source: "ISR", target: "SYRMIL", date: "2020-03-06", place: aleppo,
            sentence: "Israël viel vrijdag Syrische stellingen bij Aleppo aan.", published: "2020-03-06"),
        F.item(
            "p1", article: "art-9", cameo: "141", source: "RUSOPP", target: "RUSGOV", date: "2020-03-07", place: moscow,
            sentence: "Duizenden mensen betoogden zaterdag in Moskou.", published: "2020-03-08"),
        F.item(
            "p2", article: "art-9", cameo: "173", source: "RUSCOP", target: "RUSOPP", date: "2020-03-07", place: moscow,
            sentence: "De politie pakte zaterdag honderden betogers op.", published: "2020-03-08"),
        F.item(
            "p3", article: "art-10", cameo: "173", source: "RUS", target: "RUS", date: "2020-03-07",
            sentence: "In Rusland zijn zaterdag honderden demonstranten opgepakt.", published: "2020-03-08"),
    ]

    static let expected: Set<Set<String>> = [
        ["m1", "m2", "m3", "m4", "m5"], ["m6"], ["m7"], ["s1", "s3"], ["s2"], ["p1"], ["p2", "p3"],
    ]

    /// The corpus split by article, articles in id order.
    static var articles: [[ClusterItem]] {
        Dictionary(grouping: items, by: \.articleID).sorted { $0.key < $1.key }.map(\.value)
    }
}
