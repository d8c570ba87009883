import Foundation

/// Spots articles that carry the same agency copy, so that reprints of one
/// wire story count as one source.
///
/// Two articles are the same copy when they name a common agency in their
/// byline or dateline (`Article.sources`, compared without case) and report
/// the event in near-identical words: the Jaccard similarity of the word
/// shingles of their event sentences reaches `wireCopySimilarity`. Copies
/// of copies chain: the independent sources of a cluster are the groups
/// that remain. An article without agencies is always its own source.
struct WireCopy: Sendable {
    let options: ClusteringOptions

    /// The number of independent sources among `items` (one cluster's).
    func independentSources(_ items: [ClusterItem]) -> Int {
        let articles = Dictionary(grouping: items, by: \.articleID).sorted { $0.key < $1.key }
        let copies = articles.map { entry in
            Copy(
                agencies: Set(entry.value.flatMap(\.sources).map { Self.fold($0) }),
                shingles: entry.value.map { shingles(of: $0.sentence) })
        }
        var groups = Partition(count: copies.count)
        for i in copies.indices {
            for j in copies.indices where j > i && isSameCopy(copies[i], copies[j]) {
                groups.join(i, j)
            }
        }
        return groups.roots
    }

    /// The agencies and sentence shingles of one article's mentions.
    struct Copy {
        var agencies: Set<String>
        var shingles: [Set<String>]
    }

    func isSameCopy(_ a: Copy, _ b: Copy) -> Bool {
        guard !a.agencies.isDisjoint(with: b.agencies) else { return false }
        return a.shingles.contains { x in b.shingles.contains { y in Self.jaccard(x, y) >= options.wireCopySimilarity } }
    }

    /// Runs of `shingleSize` consecutive words, folded; a shorter sentence
    /// is one shingle.
    func shingles(of sentence: String) -> Set<String> {
        let words = Self.fold(sentence).split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let size = max(1, options.shingleSize)
        guard words.count > size else { return [words.joined(separator: " ")] }
        return Set((0...(words.count - size)).map { words[$0..<$0 + size].joined(separator: " ") })
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// Disjoint sets over `0..<count` (union-find), for connected components.
struct Partition: Sendable {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ i: Int) -> Int {
        var root = i
        while parent[root] != root { root = parent[root] }
        var node = i
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (find(a), find(b))
        if x != y { parent[max(x, y)] = min(x, y) }
    }

    /// The number of groups.
    var roots: Int { parent.indices.filter { parent[$0] == $0 }.count }

    /// Members of each group, groups in order of their smallest member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for i in parent.indices { byRoot[find(i), default: []].append(i) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
