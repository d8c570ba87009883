/// Sentence and title templates for generated Dutch news articles, written
/// for this project.
///
/// Slots in braces are filled from `CorpusVocabulary`: `{A}` and `{B}` are
/// country names, `{adjA}`/`{adjB}` their adjectives, `{peopleA}` their
/// people, `{capA}`/`{capB}` capitals, `{city}` a city, `{person}` a person,
/// `{org}` an organisation, `{day}` a weekday, `{n}` a number.
enum ArticleTemplates {
    static let titles = [
        "{A} en {B} overleggen over grensbewaking",
        "{adjA} regering dreigt {B} met sancties",
        "Demonstranten trekken door {city} tegen nieuwe wet",
        "{A} beschuldigt {B} van aanval op grenspost",
        "{org} roept {A} en {B} op tot terughoudendheid",
        "Minister van {A} bezoekt {capB}",
        "Doden bij beschietingen in het oosten van {A}",
        "{A} zet ambassadeur van {B} het land uit",
        "{person} belooft steun aan {A}",
        "Gesprekken tussen {A} en {B} opnieuw vastgelopen",
    ]

    static let sentences = [
        "De {adjA} premier reist {day} naar {capB} voor overleg met zijn {adjB} ambtgenoot.",
        "Volgens het {adjA} ministerie van Buitenlandse Zaken duurt het bezoek twee dagen.",
        "{A} beschuldigde {B} {day} van het steunen van gewapende groepen in de grensstreek.",
        "De regering in {capB} wees die beschuldiging af en sprak van propaganda.",
        "Bij een aanval op een dorp in het noorden van {A} werden zeker {n} burgers gedood.",
        "Het {adjA} leger zegt dat het de aanval heeft afgeslagen.",
        "{person} zei {day} dat het land klaarstaat om te helpen.",
        "\u{201C}We zullen onze grenzen blijven verdedigen\u{201D}, zei de {adjA} minister van Defensie.",
        "\u{201C}Dit is een schending van het internationaal recht\u{201D}, aldus een woordvoerder van de {adjB} regering.",
        "De {org} roept beide landen op om de gesprekken te hervatten.",
        "Duizenden mensen gingen {day} in {city} de straat op tegen de plannen van de regering.",
        "De politie arresteerde {n} betogers na ongeregeldheden bij het parlement.",
        "{A} en {B} tekenden vorige week een akkoord over de handel in graan.",
        "De {adjB} president zou volgende maand naar {capA} komen voor een staatsbezoek.",
        "Het bezoek werd {day} uitgesteld, meldde het persbureau van de regering.",
        "Volgens waarnemers is de spanning in de regio de afgelopen maanden sterk opgelopen.",
        "De Veiligheidsraad komt {day} bijeen in een spoedzitting over het conflict.",
        "{B} dreigt met nieuwe sancties als de troepen zich niet terugtrekken.",
        "Het {adjA} parlement stemde {day} in met een wet die de bevoegdheden van de veiligheidsdiensten uitbreidt.",
        "Mensenrechtenorganisaties veroordeelden de arrestatie van {n} journalisten in {capA}.",
        "Bij de explosie in {city} raakten {n} mensen gewond, onder wie drie kinderen.",
        "De {adjA} minister van Buitenlandse Zaken ontmoette zijn {adjB} collega in {city}.",
        "Beide landen spraken af de samenwerking op het gebied van energie te versterken.",
        "{A} heeft de ambassadeur van {B} ontboden na uitlatingen over de verkiezingen.",
        "De oppositie eist een onderzoek naar de gang van zaken rond de verkiezingen.",
        "Sinds het begin van het jaar zijn volgens de {org} meer dan {n} mensen op de vlucht geslagen.",
        "Het {adjB} leger beschoot {day} stellingen aan de grens met {A}.",
        "De {adjA} regering ontkent dat er militairen over de grens zijn gestuurd.",
        "Volgens lokale media zijn er in de nacht van {day} op zaterdag opnieuw gevechten uitgebroken.",
        "{person} sprak {day} telefonisch met de leiders van {A} en {B}.",
        "De gesprekken in {city} leverden volgens beide delegaties weinig op.",
        "Een woordvoerder van de {org} zei dat hulpgoederen de stad nog niet kunnen bereiken.",
        "De {peopleA} in het grensgebied vrezen voor nieuwe geweld.",
        "De {adjB} minister-president kondigde {day} aan dat het land zijn troepen versterkt.",
        "{A} stuurt {n} militairen naar de grens om de bewaking te versterken.",
        "Het hooggerechtshof in {capA} verwierp {day} het beroep van de oppositieleider.",
        "De regering heeft de noodtoestand in {city} met een maand verlengd.",
        "Critici noemen de maatregel een aanval op de persvrijheid.",
        "Volgens de {adjA} minister van Binnenlandse Zaken is de rust inmiddels weergekeerd.",
        "{B} heeft hulp toegezegd aan de slachtoffers van de overstromingen in {A}.",
    ]

    static let outlets = ["voorbeeldkrant.nl", "dagbladtest.be", "nieuwsproef.nl", "avondbode.example"]
    static let agencies = ["ANP", "Belga", "Reuters", "AFP", "DPA"]
}
