/// Lower-case ASCII words joined by hyphens: `Alibaba.com` → `alibaba-com`.
///
/// Letters outside ASCII are kept when they are alphanumeric, so names in other scripts still give a slug.
public func slug(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
        if character.isLetter || character.isNumber {
            current.append(character)
        } else if character == "'" || character == "’" {
            continue
        } else if !current.isEmpty {
            words.append(current)
            current = ""
        }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: "-")
}
