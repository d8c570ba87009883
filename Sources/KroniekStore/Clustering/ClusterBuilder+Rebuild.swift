import KroniekCore

extension ClusterBuilder {
    /// The clusters of some families after a batch is stored: `stored` are
    /// all their stored events (the batch's included), `existing` their
    /// clusters before the batch, `new` the batch's events. When `existing`
    /// covers exactly the other stored events, only the groups the new
    /// events link into are recomputed (`adding`); otherwise (an article was
    /// replaced, or the store predates clustering) the families are
    /// clustered from scratch. Either way the result is `clusters(of: stored)`.
    func rebuilt(stored: [ClusterItem], existing: [EventCluster], new: [ClusterItem]) -> [EventCluster] {
        let newIDs = Set(new.map(\.event.id))
        let others = Set(stored.map(\.event.id)).subtracting(newIDs)
        let covered = Set(existing.flatMap(\.eventIDs))
        return covered == others ? adding(new, to: existing, all: stored) : clusters(of: stored)
    }
}
