import KroniekCore
import KroniekPacks

/// Finds place names in a sentence (countries, regions, cities) with their
/// country and coordinates from the pack's gazetteer.
///
/// Reads: the sentence's tokens. Adds: `PlaceMention` values.
public struct PlaceResolver: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func places(in sentence: AnalyzedSentence) -> [PlaceMention] {
        []
    }
}

/// A place named in a sentence.
public struct PlaceMention: Sendable, Hashable {
    public var location: Location
    public var start: Int
    public var end: Int
    /// Whether a locative preposition ("in", "bij", "nabij") introduces it:
    /// "in Idlib" says where something happens, "Turkije" alone may be an actor.
    public var isLocative: Bool

    public init(location: Location, start: Int, end: Int, isLocative: Bool) {
        self.location = location
        self.start = start
        self.end = end
        self.isLocative = isLocative
    }
}
