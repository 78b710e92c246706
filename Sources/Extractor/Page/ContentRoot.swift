import Markup

/// The elements that hold the article, in reading order, and the heuristic that chose them.
struct ContentRoot: Equatable {
    /// The elements' indexes in the ``ElementTree``: one element, or siblings that continue it.
    var indexes: [Int]
    /// Which heuristic chose them.
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
        /// The element whose paragraphs score best, with the siblings that continue it.
        case paragraphScore
    }

    /// Whether an item lies inside one of the root's elements.
    ///
    /// The elements are siblings in document order, so a binary search finds the only one that
    /// can hold the item: the last that starts at or before it.
    func contains(_ index: Int, in tree: ElementTree) -> Bool {
        var low = 0
        var high = indexes.count
        while low < high {
            let middle = (low + high) / 2
            if indexes[middle] <= index { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        let candidate = indexes[low - 1]
        return index < tree.items[candidate].end
    }
}

/// Finds the content root of a measured page.
///
/// Paragraph scoring comes first, as in Readability: every paragraph (a block of some length
/// that is not mostly links) scores for its parent and, less, for the elements above it, by its
/// length and its commas; an element's score is lowered by its link density and moved by its
/// `class`/`id` words. The best element wins, joined by the siblings that score well or are
/// paragraphs themselves (a body split by an advertisement). Markup signals then refine the
/// choice: an element marked as the article body that holds most of the chosen paragraph text
/// is more precise and replaces it; an explicit article-body marking around it widens it.
struct ContentRootFinder {
    let layout: PageLayout
    /// Paragraph characters under each element.
    let paragraphCharacters: [Int]
    /// Characters, and link characters, of the blocks under each element.
    let characters: [Int]
    let linkCharacters: [Int]

    /// Elements that can hold an article body (a marked paragraph or heading is not a body).
    static let containerTags: WordSet = ["div", "section", "article", "main", "td", "span", "font", "center"]

    /// The share of the chosen paragraph text a marked element must hold to replace the choice.
    static let signalShare = 0.6

    init(layout: PageLayout) {
        self.layout = layout
        paragraphCharacters = layout.blockCharactersPerElement(where: Self.isParagraph)
        characters = layout.blockCharactersPerElement { _ in true }
        linkCharacters = layout.sumPerElement { $0.linkCharacters }
    }

    /// Whether a block counts as paragraph text: some length, not mostly links, not a heading,
    /// and not a list item (lists of teasers are the commonest text outside articles).
    static func isParagraph(_ block: TextBlock) -> Bool {
        block.characters >= 40 && block.linkDensity <= 0.35 && !block.isHeading && block.tag != "li"
    }

    /// The content root.
    func find() -> ContentRoot {
        let scored = scoredRoot()
        let items = layout.tree.items
        let chosenText = scored.reduce(0) { $0 + paragraphCharacters[$1] }
        guard chosenText > 0, let first = scored.first else {
            return ContentRoot(indexes: [layout.body], heuristic: .paragraphScore)
        }
        let signals: [(ContentRoot.Heuristic, (Int) -> Bool)] = [
            (.schemaArticleBody, { items[$0][attribute: "itemprop"] == "articleBody" }),
            (.articleBodyClass, { layout.hints[$0]?.namesArticleBody == true }),
            (.articleElement, { items[$0].name == "article" }),
            (.mainElement, { items[$0].name == "main" }),
        ]
        let chosen = ContentRoot(indexes: scored, heuristic: .paragraphScore)
        for (heuristic, isMarked) in signals {
            let candidates = items.indices.filter { index in
                !layout.excluded[index] && Self.containerTags.contains(items[index].name) && isMarked(index)
            }
            // The marked element with the most paragraph text, outermost on ties.
            guard let best = candidates.max(by: { paragraphCharacters[$0] < paragraphCharacters[$1] }) else {
                continue
            }
            if chosen.contains(best, in: layout.tree),
               Double(paragraphCharacters[best]) >= Self.signalShare * Double(chosenText) {
                return ContentRoot(indexes: [best], heuristic: heuristic)
            }
            // An explicit article-body marking around the scored root widens it.
            let encloses = first > best && scored.allSatisfy { $0 < items[best].end }
            if encloses, heuristic == .schemaArticleBody || heuristic == .articleBodyClass {
                return ContentRoot(indexes: [best], heuristic: heuristic)
            }
        }
        return chosen
    }

    /// The best-scoring element and the siblings that continue it, in document order.
    func scoredRoot() -> [Int] {
        let tree = layout.tree
        var scores: [Int: Double] = [:]
        for block in layout.blocks where Self.isParagraph(block) || (block.characters >= 25 && block.tag == "p") {
            let score = 1 + Double(block.commas)
                + min(Double(block.characters / 100), 3)
            // A block owned by a `p` scores for the elements above it; other owners hold their text directly.
            var ancestor = tree.items[block.owner].name == "p" ? tree.items[block.owner].parent : block.owner
            var level = 0
            while ancestor >= 0, level < 5, tree.items[ancestor].name != "html" {
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: initialScore(ancestor)] += score / divider
                ancestor = tree.items[ancestor].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for (index, score) in scores {
            let adjusted = score * (1 - linkDensity(index))
            if adjusted > bestScore || (adjusted == bestScore && index < best) {
                best = index
                bestScore = adjusted
            }
        }
        guard best >= 0 else { return [layout.body] }
        let parent = tree.items[best].parent
        guard parent >= 0, tree.items[best].name != "body" else { return [best] }
        let threshold = max(10, bestScore * 0.2)
        return tree.children(of: parent).filter { sibling in
            guard sibling != best else { return true }
            guard tree.items[sibling].isElement, !layout.excluded[sibling] else { return false }
            if let score = scores[sibling], score * (1 - linkDensity(sibling)) >= threshold { return true }
            guard tree.items[sibling].name == "p" else { return false }
            let length = characters[sibling]
            return (length > 80 && linkDensity(sibling) < 0.25)
                || (length > 0 && linkDensity(sibling) == 0 && tree.text(of: sibling).hasSuffix("."))
        }
    }

    /// An element's score before its paragraphs: its tag, and its `class`/`id` words.
    func initialScore(_ index: Int) -> Double {
        var score: Double
        switch layout.tree.items[index].name {
        case "div", "article", "section", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if let hints = layout.hints[index] {
            if hints.suggestsBoilerplate { score -= 25 }
            if hints.suggestsContent { score += 25 }
        }
        return score
    }

    func linkDensity(_ index: Int) -> Double {
        characters[index] == 0 ? 0 : Double(linkCharacters[index]) / Double(characters[index])
    }
}
