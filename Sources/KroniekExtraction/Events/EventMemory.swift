import KroniekCore

/// What the event coder remembers across the sentences of one article, to
/// fill in parties a sentence leaves implicit: the latest agent, the side
/// reported fighting, and each country's latest counterpart.
struct EventMemory {
    let roles: CameoRoles

    init(roles: CameoRoles) {
        self.roles = roles
    }
    /// The source of the latest sentence that named one.
    private(set) var lastSource: (actor: ActorReference, sentence: Int)?
    /// The agent of the latest violent event with its own source.
    private(set) var lastViolence: ActorReference?
    /// Per country, the other party of its latest event with two parties.
    private var counterparts: [String: ActorReference] = [:]

    /// The source of an event whose sentence names none: for coercion of a
    /// named target (an arrest, an expulsion), the authorities of the country
    /// where it happens, else of the target's country; for other material
    /// conflict, the side reported fighting so far; otherwise the agent of
    /// the previous two sentences.
    func source(code: String, quadClass: Int, target: Actor?, location: Location?, sentence: Int) -> ActorReference? {
        if roles.code(code, is: .coercion), target != nil, let country = location?.country ?? target?.country {
            return ActorReference(code: country + "COP", country: country, name: nil)
        }
        // Protesters are the people of the place (see `EventCoder.shareAgents`), not the side fighting.
        if roles.code(code, is: .protest) { return nil }
        if let lastViolence, quadClass == 4, lastViolence.code != target?.code {
            return lastViolence
        }
        guard let last = lastSource, sentence - last.sentence <= 2, last.actor.code != target?.code else { return nil }
        return last.actor
    }

    /// The target of an event whose sentence names none. Violence and
    /// withdrawals are aimed at the country where they happen; other acts at
    /// the source's latest counterpart, else (for cooperation and reproach,
    /// not for sayings) at the article's scene.
    func target(
        code: String, quadClass: Int, speech: Bool, source: ActorReference?, location: Location?, scene: Location?
    ) -> ActorReference? {
        let country = source?.country
        if quadClass == 4 || roles.code(code, is: .withdrawal), let place = location?.country {
            return ActorReference(code: place, country: place, name: location?.name)
        }
        guard let country else { return nil }
        if let counterpart = counterparts[country] { return counterpart }
        if quadClass < 4, !speech, let scene, let place = scene.country, place != country {
            return ActorReference(code: place, country: place, name: scene.name)
        }
        return nil
    }

    /// Learns from the events kept for one sentence.
    mutating func remember(_ events: [Event], ownSource: (Event) -> Bool, sentence: Int) {
        if let first = events.first(where: { ownSource($0) && !roles.code($0.cameo, is: .statement) }) ?? events.first(where: ownSource),
            let source = first.source
        {
            lastSource = (source, sentence)
        }
        for event in events {
            guard let a = event.source, let b = event.target, let ca = a.country, let cb = b.country, ca != cb else { continue }
            counterparts[ca] = b
            counterparts[cb] = a
        }
        if let violent = events.first(where: { ownSource($0) && $0.quadClass == 4 }) {
            lastViolence = violent.source
        }
    }
}
