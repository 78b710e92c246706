/// Article pages written for these tests: varied layouts around paragraphs of our own.
enum PageFixtures {
    static let paragraphs = [
        "The harbour authority said on Tuesday that the new ferry timetable would start in early spring, after months of talks with operators.",
        "Residents of the island, who depend on the crossing for work and school, had asked for an earlier morning sailing and a later return.",
        "Under the plan, the first boat will leave at six, and the last will leave the mainland shortly before eleven at night.",
        "Operators warned that fares could rise slightly, because the extra sailings need a second crew, but promised to keep student passes unchanged.",
        "A spokesperson for the council called the agreement a fair compromise and said a review would follow after the first summer season.",
    ]

    static let otherParagraphs = [
        "Engineers finished testing the river bridge sensors last week, and the data will be published on the city's website every month.",
        "The library's reading programme for children doubled its membership this autumn, helped by volunteers who read aloud on Saturdays.",
        "Farmers in the valley expect a smaller apple harvest this year, after a late frost damaged blossoms on many of the older trees.",
    ]

    static func paragraphsHTML(_ texts: [String] = paragraphs) -> String {
        texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    static let navigation = """
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    """

    static let relatedLinks = """
    <div class="related-articles"><h3>Related</h3><ul>
    <li><a href="/a">Council approves budget for the new swimming pool and sports hall</a></li>
    <li><a href="/b">Port reopens after storm damage repairs finish ahead of schedule</a></li>
    </ul></div>
    """

    static let comments = """
    <section id="comments"><h3>Comments</h3>
    <div class="comment"><p>I have taken this ferry for twenty years and the late boat is overdue, finally some good news for us.</p></div>
    <div class="comment"><p>Fares should not rise at all, the service has been unreliable all winter and nobody was compensated.</p></div>
    </section>
    """

    static let cookieBanner = """
    <div id="cookie-consent"><p>We use cookies to improve your experience on our site. By continuing you accept our cookie policy.</p><button>Accept</button></div>
    """

    static let newsletter = """
    <div class="newsletter-signup"><p>Get the morning briefing delivered to your inbox every day, free of charge, with the news that matters.</p><form><input type="email"><button>Sign up</button></form></div>
    """

    static let shareBar = """
    <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
    """

    /// A complete page: header, navigation, the article inside `articleWrapper`, sidebar and footer.
    static func page(
        title: String = "Ferry timetable adds early and late sailings",
        head: String = "",
        article: String = paragraphsHTML(),
        articleWrapper: (String) -> String = { "<article><h1>Ferry timetable adds early and late sailings</h1>\($0)</article>" }
    ) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Island Gazette</title>\(head)</head>
        <body><header class="site-header"><a href="/">Island Gazette</a></header>\(navigation)\(cookieBanner)
        <main><div class="layout">\(articleWrapper(article))\(shareBar)\(relatedLinks)\(newsletter)\(comments)</div>
        <aside class="sidebar"><h3>Most read</h3>\(paragraphsHTML(otherParagraphs))</aside></main>
        <footer><p>Copyright Island Gazette. All rights reserved. Contact the newsroom for corrections.</p></footer></body></html>
        """
    }
}
