import Foundation

/// Spots articles that carry the same agency copy, so that reprints of one
/// wire story count as one source.
///
/// Two articles are the same copy when they name a common agency in their
/// byline or dateline (`Article.sources`, compared without case) and report
/// the event in near-identical words: the Jaccard similarity of the word
/// shingles of their event sentences reaches `wireCopySimilarity`. Copies
/// of copies chain: the independent sources of a cluster are the groups
/// that remain.
///
/// Outlets often drop the agency line of a story they reprint, so two
/// sentences that are all but verbatim (`verbatimSimilarity`, at least
/// `verbatimWords` words each) mark the same copy even without a shared
/// agency; set `verbatimSimilarity` to nil to require the agency always.
struct WireCopy: Sendable {
    let options: ClusteringOptions

    /// The number of independent sources among `items` (one cluster's).
    func independentSources(_ items: [ClusterItem]) -> Int {
        let articles = Dictionary(grouping: items, by: \.articleID).sorted { $0.key < $1.key }
        let copies = articles.map { entry in
            Copy(
                agencies: Set(entry.value.flatMap(\.sources).map { Self.fold($0) }),
                wordings: entry.value.map { wording($0.sentence) })
        }
        var groups = Partition(count: copies.count)
        for i in copies.indices {
            for j in copies.indices where j > i && isSameCopy(copies[i], copies[j]) {
                groups.join(i, j)
            }
        }
        return groups.roots
    }

    /// The agencies of one article and the sentences of its mentions.
    struct Copy {
        var agencies: Set<String>
        var wordings: [Wording]
    }

    /// A sentence's length in words and its shingles: runs of `size`
    /// consecutive words (a shorter sentence is one shingle).
    struct Wording {
        var wordCount: Int
        var shingles: Set<String>

        init(words: [String], size: Int) {
            let size = max(1, size)
            wordCount = words.count
            shingles =
                words.count > size
                ? Set((0...(words.count - size)).map { words[$0..<$0 + size].joined(separator: " ") })
                : [words.joined(separator: " ")]
        }
    }

    func isSameCopy(_ a: Copy, _ b: Copy) -> Bool {
        let sharedAgency = !a.agencies.isDisjoint(with: b.agencies)
        for x in a.wordings {
            for y in b.wordings {
                let similarity = Self.jaccard(x.shingles, y.shingles)
                if sharedAgency && similarity >= options.wireCopySimilarity { return true }
                if let verbatim = options.verbatimSimilarity, similarity >= verbatim,
                    min(x.wordCount, y.wordCount) >= options.verbatimWords
                {
                    return true
                }
            }
        }
        return false
    }

    /// The folded words of a sentence.
    func words(of sentence: String) -> [String] {
        Self.fold(sentence).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    func wording(_ text: String) -> Wording {
        Wording(words: words(of: text), size: options.shingleSize)
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

    /// The connected groups of `members` by their links among themselves
    /// (`neighbours` may name others, which are left out).
    static func groups(of members: [Int], neighbours: [Int: Set<Int>]) -> [[Int]] {
        let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        var partition = Partition(count: members.count)
        for (p, i) in members.enumerated() {
            for j in neighbours[i, default: []] {
                if let q = position[j] { partition.join(p, q) }
            }
        }
        return partition.groups().map { $0.map { members[$0] } }
    }
}
