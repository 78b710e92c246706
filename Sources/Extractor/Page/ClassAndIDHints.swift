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
    init(classAndID: String) {
        var words: Set<String> = []
        var current = ""
        var previousWasLower = false
        for character in classAndID {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousWasLower, !current.isEmpty {
                    words.insert(current)
                    current = ""
                }
                current.append(Character(character.lowercased()))
                previousWasLower = character.isLowercase
            } else {
                if !current.isEmpty { words.insert(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.insert(current) }
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
