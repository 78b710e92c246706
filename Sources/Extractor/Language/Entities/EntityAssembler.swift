/// Turns mentions into entities: one per key, named by the fullest form in the text, with the
/// other forms as aliases, in order of first mention.
struct EntityAssembler {
    func entities(from mentions: [EntityMention], in document: AnalyzedText) -> [Entity] {
        keyedEntities(from: mentions, in: document).map(\.entity)
    }

    /// The entities with the key their mentions share.
    func keyedEntities(from mentions: [EntityMention], in document: AnalyzedText) -> [(key: String, entity: Entity)] {
        var order: [String] = []
        var grouped: [String: [EntityMention]] = [:]
        for mention in mentions {
            if grouped[mention.key] == nil { order.append(mention.key) }
            grouped[mention.key, default: []].append(mention)
        }
        return order.compactMap { key in
            guard let group = grouped[key], let first = group.first else { return nil }
            var forms: [String] = []
            var nameForms: [String] = []
            var seen: Set<String> = []
            for mention in group {
                let surface = document.text(mention.first, mention.end)
                let normalized = NameMatching.normalizedName(surface)
                if seen.insert(normalized).inserted { forms.append(surface) }
                if mention.mayName, !nameForms.contains(surface) { nameForms.append(surface) }
            }
            // The longest form that may name the entity (a project's name before its ticker may not), then the longest.
            let candidates = nameForms.isEmpty ? forms : forms.filter { nameForms.contains($0) }
            let name = candidates.enumerated().max { lhs, rhs in
                let left = lhs.element.unicodeScalars.count, right = rhs.element.unicodeScalars.count
                return left != right ? left < right : lhs.offset > rhs.offset
            }?.element ?? forms[0]
            let aliases = forms.filter { $0 != name }
            let spans = group.map { TextSpan(start: document.tokens[$0.first].start, end: document.tokens[$0.end - 1].end) }
            return (key, Entity(name: name, type: first.type, code: group.lazy.compactMap(\.code).first, aliases: aliases, mentions: spans))
        }
    }
}
