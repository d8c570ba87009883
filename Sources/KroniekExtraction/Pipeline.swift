import Dispatch
import KroniekCore
import KroniekPacks
import Synchronization

/// The extraction stages wired in order: sentences, time, places, actors,
/// events (with modality, dates, locations and casualties), quotes and
/// relations.
///
/// Build one per language pack and reuse it: it holds the parsed pack data
/// and is safe to share across threads.
public struct Pipeline: Sendable {
    public let pack: LanguagePack
    let splitter: SentenceSplitter
    let timeTagger: TimeTagger
    let actors: ActorRecognizer
    let places: PlaceResolver
    let coder: EventCoder
    let modality: ModalityAssessor
    let casualties: CasualtyCounter
    let quotes: QuoteFinder
    let relations: RelationFinder

    public init(pack: LanguagePack) throws(PackError) {
        self.pack = pack
        // Places and actors (the gazetteer) and the rest (the lemma table) share
        // nothing: built on two threads, they take about half the start-up.
        typealias Places = (places: PlaceResolver, actors: ActorRecognizer)
        typealias Rest = (
            splitter: SentenceSplitter, time: TimeTagger, coder: EventCoder, modality: ModalityAssessor,
            casualties: CasualtyCounter, quotes: QuoteFinder, relations: RelationFinder
        )
        let placesPart = Mutex<Result<Places, PackError>?>(nil)
        let restPart = Mutex<Result<Rest, PackError>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let result = Result { () throws(PackError) -> Places in
                    let places = try PlaceResolver(pack: pack)
                    return (places, try ActorRecognizer(pack: pack, places: places))
                }
                placesPart.withLock { $0 = result }
            } else {
                let result = Result { () throws(PackError) -> Rest in
                    let lemmatizer = try Lemmatizer(pack: pack)
                    return (
                        try SentenceSplitter(pack: pack), try TimeTagger(pack: pack),
                        try EventCoder(pack: pack, lemmatizer: lemmatizer), try ModalityAssessor(pack: pack),
                        try CasualtyCounter(pack: pack), try QuoteFinder(pack: pack),
                        try RelationFinder(pack: pack, lemmatizer: lemmatizer)
                    )
                }
                restPart.withLock { $0 = result }
            }
        }
        let (places, actors) = try placesPart.withLock { $0! }.get()
        let rest = try restPart.withLock { $0! }.get()
        self.places = places
        self.actors = actors
        splitter = rest.splitter
        timeTagger = rest.time
        coder = rest.coder
        modality = rest.modality
        casualties = rest.casualties
        quotes = rest.quotes
        relations = rest.relations
    }

    public func extract(_ article: Article) -> ExtractedArticle {
        result(of: progress(of: article, through: .relations))
    }
}
