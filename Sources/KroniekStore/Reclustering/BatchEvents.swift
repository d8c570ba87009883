import KroniekCore

/// The events a batch leaves stored, gathered as its articles are written,
/// for `Reclustering`.
///
/// A batch may carry one article twice (same identity or article id): the
/// later copy replaces the earlier within the transaction, so the earlier
/// copy's events are gone and count as replaced, like stored ones.
struct BatchEvents {
    private(set) var new: [(storeID: Int64, item: ClusterItem)] = []
    /// Families of events that a later article of the batch replaced.
    private(set) var replaced: Set<String> = []
    private var articleOfIdentity: [String: String] = [:]

    /// Records the events of `submission` as stored.
    mutating func add(_ events: [StoredEvent], of submission: ArticleSubmission, options: ClusteringOptions) {
        let article = submission.extracted.article
        let gone = Set([articleOfIdentity[submission.identity], article.id].compactMap { $0 })
        if new.contains(where: { gone.contains($0.item.articleID) }) {
            replaced.formUnion(new.filter { gone.contains($0.item.articleID) }.map { options.family(ofCameo: $0.item.event.cameo) })
            new.removeAll { gone.contains($0.item.articleID) }
        }
        articleOfIdentity[submission.identity] = article.id
        new += events.map { ($0.storeID, ClusterItem(event: $0.event, article: article)) }
    }
}
