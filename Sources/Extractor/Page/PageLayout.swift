import Markup

/// A page's elements measured once: their hints, their text, what the boilerplate rules removed,
/// and the page's text blocks in reading order.
///
/// Every measure is an array indexed like ``ElementTree/items`` and filled in one or two linear
/// passes (children are summed into parents walking backwards), so the cost is linear in the
/// size of the page whatever its depth.
struct PageLayout {
    let tree: ElementTree
    /// The index of `<body>` (or of the root when the page has none).
    let body: Int
    /// `class`/`id` words of each element (`nil` when it has neither attribute).
    let hints: [ClassAndIDHints?]
    /// Visible characters in each item's subtree, before any removal.
    let rawCharacters: [Int]
    /// The boilerplate rule that removed each element, if any.
    let removal: [BoilerplateRule?]
    /// Whether each item lies inside a removed element.
    let excluded: [Bool]
    /// The text blocks of the body in reading order, removed elements left out.
    let blocks: [TextBlock]

    init(tree: ElementTree) {
        self.tree = tree
        let items = tree.items
        body = items.firstIndex { $0.name == "body" } ?? 0
        var knownHints: [String: ClassAndIDHints] = [:]
        hints = items.map { item in
            guard item.isElement else { return nil }
            guard !item.attributes.isEmpty else { return nil }
            let value: String
            switch (item[attribute: "class"], item[attribute: "id"]) {
            case (nil, nil): return nil
            case let (classes?, nil): value = classes
            case let (nil, id?): value = id
            case let (classes?, id?): value = classes + " " + id
            }
            guard !value.isEmpty else { return nil }
            if let known = knownHints[value] { return known }
            let hints = ClassAndIDHints(classAndID: value)
            knownHints[value] = hints
            return hints
        }
        let textCharacters = items.map { $0.isElement ? 0 : TextMeasure.visibleCharacters($0.text) }
        rawCharacters = Self.sumIntoParents(tree, own: textCharacters)
        let holdsArticleBody = Self.anyInSubtree(tree) { _, item in item[attribute: "itemprop"] == "articleBody" }
        let paragraphCharacters = Self.paragraphCharacters(tree, textCharacters: textCharacters)
        let bodyParagraphs = Double(max(paragraphCharacters.isEmpty ? 0 : paragraphCharacters[body], 1))
        var removal: [BoilerplateRule?] = Array(repeating: nil, count: items.count)
        var excluded = Array(repeating: false, count: items.count)
        for index in items.indices {
            let item = items[index]
            if item.parent >= 0, excluded[item.parent] {
                excluded[index] = true
                continue
            }
            guard item.isElement, item.name != "body", item.name != "html" else { continue }
            guard let rule = BoilerplateRule.firstMatch(for: item, hints: hints[index]) else { continue }
            // An element holding most of the page's paragraphs is the article, whatever its name.
            let share = Double(paragraphCharacters[index]) / bodyParagraphs
            // What the page hides is not read, however much text it holds.
            let namedAsArticle = item.name == "article" || item.name == "main" || hints[index]?.namesArticleBody == true
            let spared = rule != .hiddenElement && (holdsArticleBody[index] || share >= 0.5
                || (rule == .furnitureClassOrID && (namedAsArticle
                    || (hints[index]?.suggestsContent == true && share >= 0.15))))
            if !spared {
                removal[index] = rule
                excluded[index] = true
            }
        }
        self.removal = removal
        self.excluded = excluded
        blocks = BlockCollector(tree: tree, excluded: excluded).blocks(in: body)
    }

    /// Visible characters inside `<p>` elements or in long runs of text, per subtree: a cheap
    /// measure of article text taken before any removal.
    static func paragraphCharacters(_ tree: ElementTree, textCharacters: [Int]) -> [Int] {
        let nonText: WordSet = ["script", "title", "textarea", "head"]
        var inParagraph = Array(repeating: false, count: tree.items.count)
        var totals = Array(repeating: 0, count: tree.items.count)
        for index in tree.items.indices {
            let item = tree.items[index]
            let parentInParagraph = item.parent >= 0 && inParagraph[item.parent]
            inParagraph[index] = parentInParagraph || item.name == "p"
            if !item.isElement, item.parent >= 0, !nonText.contains(tree.items[item.parent].name) {
                let characters = textCharacters[index]
                if parentInParagraph || characters >= 80 { totals[index] = characters }
            }
        }
        for index in tree.items.indices.reversed() {
            let parent = tree.items[index].parent
            if parent >= 0 { totals[parent] += totals[index] }
        }
        return totals
    }

    /// Sums per-item values over each item's subtree.
    static func sumIntoParents(_ tree: ElementTree, own: [Int]) -> [Int] {
        var totals = own
        for index in tree.items.indices.reversed() {
            let parent = tree.items[index].parent
            if parent >= 0 { totals[parent] += totals[index] }
        }
        return totals
    }

    /// Whether each item's subtree (itself included) has an item matching the predicate.
    static func anyInSubtree(_ tree: ElementTree, _ predicate: (Int, ElementTree.Item) -> Bool) -> [Bool] {
        var result = tree.items.indices.map { predicate($0, tree.items[$0]) }
        for index in tree.items.indices.reversed() where result[index] {
            let parent = tree.items[index].parent
            if parent >= 0 { result[parent] = true }
        }
        return result
    }

    /// Sums block characters into every element enclosing the block, for blocks passing a test.
    func blockCharactersPerElement(where include: (TextBlock) -> Bool) -> [Int] {
        sumPerElement { include($0) ? $0.characters : 0 }
    }

    /// Sums a value of each block into every element enclosing the block.
    func sumPerElement(_ value: (TextBlock) -> Int) -> [Int] {
        var totals = Array(repeating: 0, count: tree.items.count)
        for block in blocks { totals[block.owner] += value(block) }
        for index in tree.items.indices.reversed() {
            let parent = tree.items[index].parent
            if parent >= 0 { totals[parent] += totals[index] }
        }
        return totals
    }
}
