/// The rules that drop single blocks from inside the content root.
///
/// Each rule judges one block with a little context (the page's title); they remove what the
/// element-level rules cannot see: a link list without telling classes, the headline repeated
/// above the body, a byline, a lone "Advertisement".
enum BlockFilter: String, CaseIterable, Sendable {
    /// Most of the block's text is link text (menus, related-article lists, tag lists).
    case linkDense
    /// The block repeats the page title (the headline above the body).
    case repeatedTitle
    /// A short block that is a byline or a publication line ("By Jane Roe", "Updated 3 May 2021").
    case bylineOrDateline
    /// A short block made of words of page furniture ("Advertisement", "Share this article").
    case furniturePhrase

    /// The first rule that drops the block, if any.
    static func firstMatch(for block: TextBlock, title: String?) -> BlockFilter? {
        if isLinkDense(block) { return .linkDense }
        if let title, repeatsTitle(block, title: title) { return .repeatedTitle }
        if isBylineOrDateline(block) { return .bylineOrDateline }
        if isFurniturePhrase(block) { return .furniturePhrase }
        return nil
    }

    /// More than half link text, unless the block is a paragraph of sentences (a linked sentence
    /// in the body is still body text; a menu entry or a teaser title is not a sentence).
    static func isLinkDense(_ block: TextBlock) -> Bool {
        guard block.linkDensity > 0.5 else { return false }
        return !(block.tag == "p" && isSentence(block.text))
    }

    /// Six words or more, ending as sentences end.
    static func isSentence(_ text: String) -> Bool {
        guard let last = text.last, ".!?”\"…。".contains(last) else { return false }
        return text.split(whereSeparator: \.isWhitespace).count >= 6
    }

    static func repeatsTitle(_ block: TextBlock, title: String) -> Bool {
        guard block.characters <= TextMeasure.visibleCharacters(title) else { return false }
        let blockWords = normalizedWords(block.text)
        return !blockWords.isEmpty && blockWords == normalizedWords(title)
    }

    static func isBylineOrDateline(_ block: TextBlock) -> Bool {
        guard block.characters <= 120 else { return false }
        let firstWord = block.text.prefix { $0 != " " && $0 != "\n" }.lowercased()
        guard bylineWords.contains(firstWord) || datelineWords.contains(firstWord.trimmingCharacters(in: ":")) else {
            return false
        }
        let words = block.text.split(whereSeparator: \.isWhitespace).count
        if bylineWords.contains(firstWord) { return words <= 8 }
        return words <= 12 && block.text.contains { $0.isNumber }
    }

    static let bylineWords: WordSet = ["by", "von", "par", "por"]
    static let datelineWords: WordSet = ["published", "updated", "posted", "modified", "last"]

    static func isFurniturePhrase(_ block: TextBlock) -> Bool {
        guard block.characters <= 60 else { return false }
        let words = normalizedWords(block.text)
        guard !words.isEmpty, words.count <= 6 else { return false }
        let furniture = words.filter { furnitureWords.contains($0) }.count
        return Double(furniture) >= Double(words.count) * 0.75
    }

    /// A short block asking the reader to subscribe, sign up, follow or share: a promotion when it
    /// closes the article (only used on the last blocks; see ``MainText``).
    static func isCallToAction(_ block: TextBlock) -> Bool {
        guard block.characters <= 300 else { return false }
        let text = block.text.lowercased()
        return callToActionPhrases.contains { text.containsBytes($0) }
    }

    static let callToActionPhrases = [
        "sign up", "subscribe", "newsletter", "click here", "follow us", "share this", "delivered to your inbox",
        "delivered through your letterbox", "download our app",
    ]

    static let furnitureWords: WordSet = [
        "advertisement", "advertising", "advert", "ad", "sponsored", "share", "tweet", "email", "print", "subscribe",
        "newsletter", "follow", "us", "on", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest",
        "comments", "comment", "related", "read", "more", "continue", "reading", "sign", "up", "login", "log", "in",
        "this", "article", "story", "post", "copy", "link", "save", "menu", "close", "skip", "to", "content",
        "image", "photo", "video", "loading", "click", "here", "see", "also", "next", "previous", "back", "top",
        "the", "main", "now", "our",
    ]

    /// Lower-case words of letters and digits.
    static func normalizedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }
}

extension StringProtocol {
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        let start = firstIndex { !set.contains($0) } ?? endIndex
        let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
