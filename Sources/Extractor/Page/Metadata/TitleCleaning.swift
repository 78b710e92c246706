/// Removing a site name from a page title (`Headline | Site`, `Site - Headline`).
enum TitleCleaning {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "]

    /// The title without a site-name part, when one can be told apart.
    ///
    /// A part is the site name when it matches the known site name (ignoring case, spaces and
    /// punctuation), or, without a known site name, when the title splits once into a long
    /// headline and a short part of at most four words.
    static func removingSiteName(from title: String, siteName: String?) -> String {
        for separator in separators {
            let parts = title.splitting(on: separator)
            guard parts.count >= 2 else { continue }
            if let siteName {
                let site = squashed(siteName)
                if squashed(parts.last ?? "") == site || (parts.last.map { squashed($0).contains(site) } ?? false) && !site.isEmpty {
                    return parts.dropLast().joined(separator: separator)
                }
                if squashed(parts[0]) == site { return parts.dropFirst().joined(separator: separator) }
            }
            if parts.count == 2 {
                let head = parts[0].split(separator: " ").count
                let tail = parts[1].split(separator: " ").count
                if tail <= 4, head >= tail + 2 { return parts[0] }
            }
        }
        return title
    }

    static func squashed(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

extension String {
    func splitting(on separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
