/// The mentions that match each other under `SameEventRule`, found through
/// buckets instead of comparing every pair.
///
/// A match needs one family and, across articles, a shared actor country and
/// overlapping days; so each mention sits in a bucket per (family, country)
/// sorted by first day, and in a bucket for (family, article). Neighbours
/// are looked up on demand, so an incremental run visits only the part of
/// the graph that new mentions reach.
struct MatchGraph: Sendable {
    let profiles: [EventProfile]
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
        for (i, profile) in profiles.enumerated() {
            buckets[.article(family: profile.family, article: profile.item.articleID), default: Bucket()].members
                .append(i)
            guard let window = profile.window else { continue }
            let span = Self.spans.firstIndex { window.length <= $0 }!
            for country in profile.countries {
                let key = Key.country(family: profile.family, country: country, span: span)
                buckets[key, default: Bucket()].members.append(i)
                buckets[key]!.longest = max(buckets[key]!.longest, window.length)
            }
        }
        for (key, bucket) in buckets {
            guard case .country = key else { continue }
            buckets[key]!.members = bucket.members.sorted { profiles[$0].window!.lower < profiles[$1].window!.lower }
        }
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
