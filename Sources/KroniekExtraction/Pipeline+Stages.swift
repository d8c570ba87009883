import KroniekCore
import KroniekPacks

extension Pipeline {
    /// One extraction stage, in the order `extract(_:)` runs them.
    ///
    /// Public so that benchmarks and profiles can time one stage alone on
    /// the output of the stages before it; `extract(_:)` runs the same code.
    /// Modality, event dates, locations and casualties are assessed per
    /// event inside `events`.
    public enum Stage: String, CaseIterable, Sendable {
        case sentences, time, places, actors, events, quotes, relations
    }

    /// An article part-way through the pipeline: what the stages run so far
    /// have added.
    ///
    /// Lets one stage run on its real input without the others being timed.
    public struct Progress: Sendable {
        public let article: Article
        public internal(set) var sentences: [AnalyzedSentence] = []
        public internal(set) var places: [[PlaceMention]] = []
        public internal(set) var events: [Event] = []
        public internal(set) var quotes: [Quote] = []
        public internal(set) var relations: [Relation] = []

        public init(article: Article) {
            self.article = article
        }
    }

    /// Runs `stage` on what the earlier stages left in `progress`.
    public func run(_ stage: Stage, on progress: inout Progress) {
        let anchor = progress.article.anchorDay
        switch stage {
        case .sentences:
            progress.sentences = splitter.split(progress.article).map(AnalyzedSentence.init)
        case .time:
            for i in progress.sentences.indices {
                progress.sentences[i].timexes = timeTagger.tag(progress.sentences[i], anchor: anchor)
            }
        case .actors:
            // Places depend on the words only; the actors stage reads them for the scene.
            progress.sentences = actors.recognize(progress.sentences, on: anchor, places: progress.places)
        case .places:
            progress.places = progress.sentences.map { places.places(in: $0) }
        case .events:
            let context = EventContext(
                sentences: progress.sentences, places: progress.places, anchor: anchor, modality: modality,
                casualties: casualties, time: timeTagger, countries: places.countries, language: pack.language)
            progress.events = coder.code(context, articleID: progress.article.id)
        case .quotes:
            progress.quotes = quotes.quotes(in: progress.sentences)
        case .relations:
            progress.relations = relations.relations(in: progress.sentences)
        }
    }

    /// `article` after every stage up to and including `last`.
    public func progress(of article: Article, through last: Stage) -> Progress {
        var progress = Progress(article: article)
        for stage in Stage.allCases {
            run(stage, on: &progress)
            if stage == last { break }
        }
        return progress
    }

    /// The extracted article that a run through every stage describes.
    public func result(of progress: Progress) -> ExtractedArticle {
        ExtractedArticle(
            article: progress.article,
            sentences: progress.sentences.map(\.sentence),
            timexes: progress.sentences.flatMap(\.timexes),
            mentions: progress.sentences.flatMap(\.mentions),
            events: progress.events,
            quotes: progress.quotes,
            relations: progress.relations
        )
    }
}
