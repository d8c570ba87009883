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
    private var buckets: [String: Bucket] = [:]

    /// Mentions of one bucket, sorted by the first day they may fall on.
    struct Bucket: Sendable {
        var members: [Int] = []
        var longest = 0
    }

    init(profiles: [EventProfile], rule: SameEventRule) {
        self.profiles = profiles
        self.rule = rule
        for (i, profile) in profiles.enumerated() {
            for key in keys(of: profile) {
                buckets[key, default: Bucket()].members.append(i)
                if let window = profile.window, !key.hasPrefix("a") {
                    buckets[key]!.longest = max(buckets[key]!.longest, window.length)
                }
            }
        }
        for key in buckets.keys where !key.hasPrefix("a") {
            buckets[key]!.members.sort { profiles[$0].window!.lower < profiles[$1].window!.lower }
        }
    }

    /// `a` + family + article for every mention; `c` + family + country for
    /// each actor country of a dated mention.
    private func keys(of profile: EventProfile) -> [String] {
        var keys = ["a\u{1F}\(profile.family)\u{1F}\(profile.item.articleID)"]
        if profile.window != nil {
            keys += profile.countries.sorted().map { "c\u{1F}\(profile.family)\u{1F}\($0)" }
        }
        return keys
    }

    /// The mentions that match mention `i`.
    func neighbours(of i: Int) -> Set<Int> {
        let profile = profiles[i]
        var found: Set<Int> = []
        for key in keys(of: profile) {
            guard let bucket = buckets[key] else { continue }
            for j in candidates(in: bucket, for: profile, byDay: !key.hasPrefix("a"))
            where j != i && !found.contains(j) && rule.matches(profile, profiles[j]) {
                found.insert(j)
            }
        }
        return found
    }

    private func candidates(in bucket: Bucket, for profile: EventProfile, byDay: Bool) -> ArraySlice<Int> {
        guard byDay, let window = profile.window else { return bucket.members[...] }
        let tolerance = rule.options.dayTolerance
        let first = firstIndex(in: bucket.members) { profiles[$0].window!.lower >= window.lower - bucket.longest - tolerance }
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
