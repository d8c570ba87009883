import KroniekCore
import Synchronization

/// The extracted articles of one batch, filled from several threads.
final class ExtractedBatch: Sendable {
    private let slots: Mutex<[ExtractedArticle?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ article: ExtractedArticle) {
        slots.withLock { $0[index] = article }
    }

    /// Every slot, in order; call after all are set.
    var values: [ExtractedArticle] {
        slots.withLock { $0.map { $0! } }
    }
}
