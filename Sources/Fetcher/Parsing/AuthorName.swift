/// Reads the author strings of RSS (`jo@example.com (Jo Doe)`, `Jo Doe <jo@example.com>`).
enum AuthorName {
    /// The person's name, or the address when there is no name; `nil` when empty.
    static func fromRSS(_ raw: String) -> String? {
        let collapsed = TextNormalization.collapseWhitespace(raw)
        guard !collapsed.isEmpty else { return nil }
        guard let email = emailAddress(in: collapsed) else { return collapsed }
        var name = collapsed.replacingOccurrences(of: email, with: "")
            .replacingOccurrences(of: "()", with: "")
            .replacingOccurrences(of: "<>", with: "")
            .trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("(") { name.removeFirst() }
        if name.hasSuffix(")") { name.removeLast() }
        name = name.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? email : name
    }

    /// The first thing shaped like an e-mail address.
    static func emailAddress(in text: String) -> String? {
        let characters = Array(text)
        guard let at = characters.firstIndex(of: "@") else { return nil }
        var start = at
        while start > 0, isLocalPart(characters[start - 1]) { start -= 1 }
        var end = at + 1
        while end < characters.count, isDomainPart(characters[end]) { end += 1 }
        while end > at + 1, characters[end - 1] == "." { end -= 1 }
        let domain = characters[(at + 1)..<end]
        guard start < at, domain.contains("."), domain.last?.isLetter == true || domain.last?.isNumber == true else {
            return nil
        }
        return String(characters[start..<end])
    }

    private static func isLocalPart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "_-.+".contains(character))
    }

    private static func isDomainPart(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-.".contains(character))
    }
}
