/// The mentions that match each other under `SameEventRule`, found through
/// buckets instead of comparing every pair.
///
/// A match needs one family and, across articles, a shared actor country and
/// overlapping days; so each mention sits in a bucket per (family, country)
/// sorted by first day, and in a bucket for (family, article). Neighbours
/// are looked up on demand, so an incremental run visits only the part of
/// the graph that new mentions reach.
struct MatchGraph: Sendable {
    private(set) var profiles: [EventProfile]
    let rule: SameEventRule
    private var buckets: [Key: Bucket] = [:]

    /// Where a mention is filed: with the other mentions of its family in its
    /// article, and with those of its family naming one of its countries,
    /// apart by how many days they span, so that a few mentions dated only
    /// by year do not widen the search for all the mentions dated by day.
    enum Key: Hashable, Sendable {
        case article(family: String, article: String)
        case country(family: String, country: String, span: Int)
    }

    /// Longest day range of each span class.
    static let spans = [3, 8, 32, 93, 367, Int.max]

    /// Mentions of one bucket; by country, sorted by the first day they may
    /// fall on.
    struct Bucket: Sendable {
        var members: [Int] = []
        var longest = 0
    }

    init(profiles: [EventProfile], rule: SameEventRule) {
        self.profiles = profiles
        self.rule = rule
        for i in profiles.indices { file(i) }
        for (key, bucket) in buckets {
            guard case .country = key else { continue }
            buckets[key]!.members = bucket.members.sorted { profiles[$0].window!.lower < profiles[$1].window!.lower }
        }
    }

    /// Adds a mention (a store's event found while walking out from new
    /// ones); returns its index.
    @discardableResult
    mutating func add(_ profile: EventProfile) -> Int {
        let i = profiles.count
        profiles.append(profile)
        file(i, sorted: true)
        return i
    }

    /// Files mention `i` in its buckets; at its place by first day when
    /// `sorted`, else at the end (the initializer sorts once).
    private mutating func file(_ i: Int, sorted: Bool = false) {
        let profile = profiles[i]
        buckets[.article(family: profile.family, article: profile.item.articleID), default: Bucket()].members.append(i)
        guard let window = profile.window else { return }
        let span = Self.spanClass(of: window)
        for country in profile.countries {
            let key = Key.country(family: profile.family, country: country, span: span)
            var bucket = buckets.removeValue(forKey: key) ?? Bucket()
            let at = sorted ? firstIndex(in: bucket.members) { profiles[$0].window!.lower > window.lower } : bucket.members.count
            bucket.members.insert(i, at: at)
            bucket.longest = max(bucket.longest, window.length)
            buckets[key] = bucket
        }
    }

    /// The span class of a day range: the first of `spans` it fits in.
    static func spanClass(of window: DayRange) -> Int {
        spans.firstIndex { window.length <= $0 }!
    }

    /// The mentions that match mention `i`.
    func neighbours(of i: Int) -> Set<Int> {
        let profile = profiles[i]
        var found: Set<Int> = []
        var candidates = buckets[.article(family: profile.family, article: profile.item.articleID)]?.members[...] ?? []
        for country in profile.window == nil ? [] : profile.countries {
            for span in Self.spans.indices {
                guard let bucket = buckets[.country(family: profile.family, country: country, span: span)] else {
                    continue
                }
                candidates += overlapping(bucket, profile.window!)
            }
        }
        for j in candidates where j != i && !found.contains(j) && rule.matches(profile, profiles[j]) {
            found.insert(j)
        }
        return found
    }

    /// The members of a country bucket whose days may overlap `window`.
    private func overlapping(_ bucket: Bucket, _ window: DayRange) -> ArraySlice<Int> {
        let tolerance = rule.options.dayTolerance
        let first = firstIndex(in: bucket.members) {
            profiles[$0].window!.lower >= window.lower - bucket.longest - tolerance
        }
        let end = firstIndex(in: bucket.members) { profiles[$0].window!.lower > window.upper + tolerance }
        return bucket.members[first..<max(first, end)]
    }

    /// The first index whose element satisfies `isAbove` (which, once true,
    /// stays true along the array).
    private func firstIndex(in members: [Int], where isAbove: (Int) -> Bool) -> Int {
        var low = 0
        var high = members.count
        while low < high {
            let mid = (low + high) / 2
            if isAbove(members[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The connected components that hold any of `seeds`, each sorted, with
    /// the neighbours of every mention in them.
    func components(reaching seeds: [Int]) -> (components: [[Int]], neighbours: [Int: Set<Int>]) {
        var links: [Int: Set<Int>] = [:]
        var components: [[Int]] = []
        var queued: Set<Int> = []
        for seed in seeds.sorted() where !queued.contains(seed) {
            var component = [seed]
            queued.insert(seed)
            var next = 0
            while next < component.count {
                let node = component[next]
                let found = neighbours(of: node)
                links[node] = found
                for j in found.sorted() where !queued.contains(j) {
                    queued.insert(j)
                    component.append(j)
                }
                next += 1
            }
            components.append(component.sorted())
        }
        return (components, links)
    }
}
