import KroniekCore
import KroniekPacks

/// The extraction stages wired in order: sentences, time, actors, places,
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
        splitter = try SentenceSplitter(pack: pack)
        timeTagger = try TimeTagger(pack: pack)
        places = try PlaceResolver(pack: pack)
        actors = try ActorRecognizer(pack: pack, places: places)
        let lemmatizer = try Lemmatizer(pack: pack)
        coder = try EventCoder(pack: pack, lemmatizer: lemmatizer)
        modality = try ModalityAssessor(pack: pack)
        casualties = try CasualtyCounter(pack: pack)
        quotes = try QuoteFinder(pack: pack)
        relations = try RelationFinder(pack: pack, lemmatizer: lemmatizer)
    }

    public func extract(_ article: Article) -> ExtractedArticle {
        result(of: progress(of: article, through: .relations))
    }
}
