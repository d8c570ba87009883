import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct CasualtyCounterTests {
    static let counter = try! CasualtyCounter(pack: LanguagePack.bundled(language: "nl"))

    static func casualties(_ text: String, timexes: [(String, String)] = []) -> Casualties {
        counter.count(in: TestSentence.make(text, timexes: timexes)).casualties
    }

    @Test(arguments: [
        ("Bij de beschieting zijn 14 Iraakse agenten gedood.", 14, "exact"),
        ("Bij het bombardement zijn meer dan 25 burgers omgekomen.", 25, "over"),
        ("Het leger meldt dat er zeker negen doden vielen.", 9, "at-least"),
        ("Volgens artsen zijn ongeveer 60 mensen om het leven gekomen.", 60, "about"),
        ("Bij de overstroming kwamen zo'n 80 dorpelingen om.", 80, "about"),
        ("Het dodental van de aardbeving is gestegen tot 312.", 312, "exact"),
        ("Drieëntwintig mariniers sneuvelden in de strijd om de haven.", 23, "exact"),
        ("Bij de explosie vielen minstens 1.200 dodelijke slachtoffers.", 1200, "at-least"),
        ("Ruim honderd strijders lieten bij de gevechten het leven.", 100, "over"),
        ("Bij de brand vielen bijna dertig burgerdoden.", 30, "under"),
        ("Het leger doodde gisteren 45 opstandelingen.", 45, "exact"),
        ("Bij de aanslag op de markt viel een dode.", 1, "exact"),
        ("Zeven passagiers overleefden de botsing niet.", 7, "exact"),
        ("Bij de aardverschuiving kwamen in ieder geval elf mensen om het leven.", 11, "at-least"),
        ("In het ziekenhuis zijn zowat veertig gewonde burgers overleden.", 40, "about"),
    ])
    func killed(text: String, count: Int, qualifier: String) {
        #expect(Self.casualties(text).killed == Count(count: count, qualifier: qualifier))
    }

    @Test(arguments: [
        ("Bij de rellen raakten tientallen betogers gewond.", "dozens"),
        ("Honderden demonstranten werden opgepakt.", "hundreds"),
        ("Duizenden inwoners zijn op de vlucht geslagen.", "thousands"),
    ])
    func vagueAmounts(text: String, qualifier: String) {
        let c = Self.casualties(text)
        let all = [c.killed, c.injured, c.arrested, c.displaced].compactMap { $0 }
        #expect(all == [Count(count: nil, qualifier: qualifier)])
    }

    @Test func severalCategoriesInOneSentence() {
        let c = Self.casualties("Bij de botsingen vielen vier doden en raakten zeventien agenten gewond; 52 relschoppers werden gearresteerd.")
        #expect(c.killed == Count(count: 4, qualifier: "exact"))
        #expect(c.injured == Count(count: 17, qualifier: "exact"))
        #expect(c.arrested == Count(count: 52, qualifier: "exact"))
    }

    @Test func anArticleCountsNoEquipment() {
        #expect(Self.counter.count(in: TestSentence.make("Het leger heeft een nieuw offensief gelanceerd.")).quantities.isEmpty)
    }

    @Test func displacedInMillions() {
        #expect(Self.casualties("Door de oorlog zijn 2,5 miljoen mensen ontheemd.").displaced == Count(count: 2_500_000, qualifier: "exact"))
    }

    @Test(arguments: [
        "Op 12 april werden in de hoofdstad demonstranten opgepakt.",
        "De soldaten werden 40 kilometer van de grens gedood.",
        "De aanval waarbij een dorp werd verwoest, was de zwaarste sinds 2019.",
        "Twee dagen na de verkiezingen werd de oppositieleider opgepakt.",
    ])
    func numbersThatCountNoVictims(text: String) {
        #expect(Self.casualties(text, timexes: [("12 april", "2021-04-12")]).isEmpty)
    }

    @Test(arguments: [
        ("Het luchtafweergeschut heeft twee Turkse vliegtuigen neergehaald.", 2, "vliegtuigen", "destroyed"),
        ("De marine vuurde drie kruisraketten af op de basis.", 3, "kruisraketten", "fired"),
        ("Het regime lanceerde zes ballistische raketten richting zee.", 6, "raketten", "fired"),
        ("Bij de actie werden 14 tanks vernietigd.", 14, "tanks", "destroyed"),
        ("Het afweersysteem onderschepte tientallen drones boven de stad.", nil, "drones", "intercepted"),
    ])
    func equipment(text: String, count: Int?, noun: String, what: String) {
        let quantities = Self.counter.count(in: TestSentence.make(text)).quantities
        #expect(quantities.count == 1)
        #expect(quantities.first?.count == count)
        #expect(quantities.first?.noun == noun)
        #expect(quantities.first?.what == what)
    }
}
