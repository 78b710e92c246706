import Foundation

/// Lower-case words joined by hyphens, accents dropped: `Alibaba.com` → `alibaba-com`,
/// `Comissão de Valores` → `comissao-de-valores`.
///
/// Letters of other scripts are kept, so names written in them still give a slug.
public func slug(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for character in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
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
