/// What an element's `class` and `id` attributes say about it.
///
/// Both attributes are split into lower-case words, at punctuation and at camel-case humps
/// (`relatedArticles` → `related`, `articles`), and the words are looked up in two lists:
/// words of page furniture (navigation, sharing, comments, ads, newsletters, cookie banners)
/// and words of article bodies.
struct ClassAndIDHints: Equatable {
    /// What the words of the `class` and `id` attributes say.
    var meanings: Meaning

    /// What a word can say about an element.
    struct Meaning: OptionSet, Equatable {
        let rawValue: UInt8
        static let boilerplate = Meaning(rawValue: 1 << 0)
        static let content = Meaning(rawValue: 1 << 1)
        static let article = Meaning(rawValue: 1 << 2)
        static let body = Meaning(rawValue: 1 << 3)
        static let articleBody = Meaning(rawValue: 1 << 4)
    }

    /// Splits `class` and `id` values into words.
    ///
    /// Works on bytes: ASCII letters and digits form words, with a break before an upper-case
    /// letter that follows a lower-case one; any other ASCII byte separates words; non-ASCII
    /// bytes are kept inside words.
    init(classAndID: String) {
        var meanings: Meaning = []
        var current: [UInt8] = []
        var previousWasLower = false
        func finishWord() {
            if !current.isEmpty, let meaning = Self.meaningOfWord[String(decoding: current, as: UTF8.self)] {
                meanings.formUnion(meaning)
            }
            current.removeAll(keepingCapacity: true)
        }
        for byte in classAndID.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower { finishWord() }
                current.append(byte + 32)
                previousWasLower = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                current.append(byte)
                previousWasLower = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
                previousWasLower = false
            default:
                finishWord()
                previousWasLower = false
            }
        }
        finishWord()
        self.meanings = meanings
    }

    /// Whether a word names page furniture rather than article text.
    var suggestsBoilerplate: Bool { meanings.contains(.boilerplate) }

    /// Whether a word names an article body or the page's content.
    var suggestsContent: Bool { meanings.contains(.content) }

    /// Whether the words name the article body itself (`article-body`, `post-content`, `story-text`).
    var namesArticleBody: Bool {
        meanings.isSuperset(of: [.article, .body]) || meanings.contains(.articleBody)
    }

    static let meaningOfWord: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        for word in boilerplateWords { table[word, default: []].insert(.boilerplate) }
        for word in contentWords { table[word, default: []].insert(.content) }
        for word in articleWords { table[word, default: []].insert(.article) }
        for word in bodyWords { table[word, default: []].insert(.body) }
        for word in ["articlebody", "storybody", "postbody"] { table[word, default: []].insert(.articleBody) }
        return table
    }()

    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "masthead", "header",
        "sidebar", "aside", "rail", "widget", "share", "sharing", "sharebar", "social", "related", "recommended",
        "recommendations", "recirc", "trending", "popular", "comment", "comments", "disqus", "newsletter",
        "subscribe", "subscription", "signup", "login", "cookie", "cookies", "consent", "gdpr", "banner",
        "popup", "modal", "overlay", "ad", "ads", "advert", "advertisement", "advertising", "adslot", "dfp",
        "sponsor", "sponsored", "promo", "promotion", "outbrain", "taboola", "byline", "author", "meta",
        "caption", "credit", "credits", "tags", "pagination", "pager", "toolbar", "skip", "hidden", "copyright",
        "complementary", "disclaimer", "print", "rating",
    ]

    static let contentWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "articlebody",
    ]

    static let articleWords: Set<String> = ["article", "post", "story", "entry", "news", "blog"]
    static let bodyWords: Set<String> = ["body", "content", "text", "copy", "prose"]
}
