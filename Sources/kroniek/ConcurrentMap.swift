import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, worked out on up to `jobs` threads at
    /// once, in the elements' order: `extract` prints and `ingest` stores
    /// articles in input order whatever the number of cores.
    func concurrentMap<Output: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Output) -> [Output] {
        let workers = Swift.min(Swift.max(1, jobs), count)
        if workers <= 1 { return map(transform) }
        let outputs = Mutex<[Output?]>(Swift.Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: count, by: workers) {
                let output = transform(self[i])
                outputs.withLock { $0[i] = output }
            }
        }
        return outputs.withLock { $0.map { $0! } }
    }
}
