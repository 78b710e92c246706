import Markup

/// The element that holds the article, and the heuristic that chose it.
struct ContentRoot: Equatable {
    /// The element's index in the ``ElementTree``.
    var index: Int
    /// Which heuristic chose it.
    var heuristic: Heuristic

    /// The heuristics that can choose a content root, most specific first.
    enum Heuristic: String, Sendable {
        /// An element marked `itemprop="articleBody"` (schema.org) holding most of the article text.
        case schemaArticleBody
        /// An element whose `class` or `id` names an article body (`article-body`, `post-content`).
        case articleBodyClass
        /// An `<article>` element holding most of the article text.
        case articleElement
        /// A `<main>` element holding most of the article text.
        case mainElement
        /// The smallest element holding most of the page's paragraph text.
        case textMass
    }
}

/// Finds the content root of a measured page.
///
/// The text-mass heuristic goes down from `<body>` into the child that holds most of the
/// paragraph text (paragraphs of some length that are not mostly links) for as long as that
/// child holds a large share of the whole page's paragraph text. Markup signals then narrow the
/// choice: an element marked as the article body that holds most of the paragraph text under
/// the text-mass root is preferred, being more precise.
struct ContentRootFinder {
    let layout: PageLayout
    /// Paragraph characters under each element.
    let paragraphCharacters: [Int]

    /// The share of the page's paragraph text the text-mass root must keep.
    static let textMassShare = 0.8
    /// The share of the text-mass root's paragraph text a marked element must hold to replace it.
    static let signalShare = 0.6

    init(layout: PageLayout) {
        self.layout = layout
        paragraphCharacters = layout.blockCharactersPerElement(where: Self.isParagraph)
    }

    /// Whether a block counts as paragraph text: some length, not mostly links, not a heading,
    /// and not a list item (lists of teasers are the commonest text outside articles).
    static func isParagraph(_ block: TextBlock) -> Bool {
        block.characters >= 40 && block.linkDensity <= 0.35 && !block.isHeading && block.tag != "li"
    }

    /// The content root.
    func find() -> ContentRoot {
        let massRoot = textMassRoot()
        let massText = paragraphCharacters[massRoot]
        guard massText > 0 else { return ContentRoot(index: layout.body, heuristic: .textMass) }
        let items = layout.tree.items
        let signals: [(ContentRoot.Heuristic, (Int) -> Bool)] = [
            (.schemaArticleBody, { items[$0][attribute: "itemprop"] == "articleBody" }),
            (.articleBodyClass, { layout.hints[$0]?.namesArticleBody == true }),
            (.articleElement, { items[$0].name == "article" }),
            (.mainElement, { items[$0].name == "main" }),
        ]
        for (heuristic, isMarked) in signals {
            let candidates = items.indices.filter { index in
                !layout.excluded[index] && items[index].isElement && items[index].name != "body"
                    && items[index].name != "html" && isMarked(index)
            }
            // The marked element with the most paragraph text, outermost on ties.
            guard let best = candidates.max(by: { paragraphCharacters[$0] < paragraphCharacters[$1] }) else {
                continue
            }
            let inside = best >= massRoot && best < items[massRoot].end
            if inside, Double(paragraphCharacters[best]) >= Self.signalShare * Double(massText) {
                return ContentRoot(index: best, heuristic: heuristic)
            }
            // An explicit article-body marking around the text-mass root widens it.
            let encloses = massRoot > best && massRoot < items[best].end
            if encloses, heuristic == .schemaArticleBody || heuristic == .articleBodyClass {
                return ContentRoot(index: best, heuristic: heuristic)
            }
        }
        return ContentRoot(index: massRoot, heuristic: .textMass)
    }

    /// Goes down from the body into the child holding most paragraph text while it keeps enough of it.
    func textMassRoot() -> Int {
        let tree = layout.tree
        var current = layout.body
        let total = Double(paragraphCharacters[current])
        guard total > 0 else { return current }
        while true {
            var bestChild = -1
            var child = current + 1
            while child < tree.items[current].end {
                if tree.items[child].isElement, bestChild < 0 || paragraphCharacters[child] > paragraphCharacters[bestChild] {
                    bestChild = child
                }
                child = tree.items[child].end
            }
            guard bestChild >= 0, Double(paragraphCharacters[bestChild]) >= Self.textMassShare * total else {
                return current
            }
            current = bestChild
        }
    }
}
