/// What an element's `class` and `id` attributes say about it.
///
/// Both attributes are split into lower-case words, at punctuation and at camel-case humps
/// (`relatedArticles` → `related`, `articles`), and the words are looked up in two lists:
/// words of page furniture (navigation, sharing, comments, ads, newsletters, cookie banners)
/// and words of article bodies.
struct ClassAndIDHints: Equatable {
    /// The words of the `class` and `id` attributes.
    var words: Set<String>

    /// Splits `class` and `id` values into words.
    ///
    /// Works on bytes: ASCII letters and digits form words, with a break before an upper-case
    /// letter that follows a lower-case one; any other ASCII byte separates words; non-ASCII
    /// bytes are kept inside words.
    init(classAndID: String) {
        var words: Set<String> = []
        var current: [UInt8] = []
        var previousWasLower = false
        func finishWord() {
            if !current.isEmpty { words.insert(String(decoding: current, as: UTF8.self)) }
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
        self.words = words
    }

    /// Whether a word names page furniture rather than article text.
    var suggestsBoilerplate: Bool { !words.isDisjoint(with: Self.boilerplateWords) }

    /// Whether a word names an article body or the page's content.
    var suggestsContent: Bool { !words.isDisjoint(with: Self.contentWords) }

    /// Whether the words name the article body itself (`article-body`, `post-content`, `story-text`).
    var namesArticleBody: Bool {
        !words.isDisjoint(with: Self.articleWords) && !words.isDisjoint(with: Self.bodyWords)
            || words.contains("articlebody") || words.contains("storybody") || words.contains("postbody")
    }

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
