/// Puts the main text together from the blocks inside the content root.
enum MainText {
    /// The kept blocks of the content root, one blank line between them.
    static func assemble(layout: PageLayout, root: ContentRoot, titles: [String]) -> String {
        let titleWords = Set(titles.map(BlockFilter.normalizedWords).filter { !$0.isEmpty })
        let longestTitle = titles.map(TextMeasure.visibleCharacters).max() ?? 0
        var kept: [TextBlock] = []
        for block in layout.blocks where root.contains(block.owner, in: layout.tree) {
            if block.characters <= longestTitle, titleWords.contains(BlockFilter.normalizedWords(block.text)) { continue }
            if BlockFilter.firstMatch(for: block, title: nil) != nil { continue }
            kept.append(block)
        }
        // At the end of the article: a heading with no text after it introduces something outside
        // the article ("Related", "Comments"), and short calls to action are promotions.
        while let last = kept.last, last.isHeading || BlockFilter.isCallToAction(last) { kept.removeLast() }
        return kept.map(\.text).joined(separator: "\n\n")
    }

    /// Whether the JSON-LD `articleBody` should replace the extracted text: when the extracted
    /// text is less than half as long.
    static func prefersLinkedDataBody(_ linkedDataBody: String, over extracted: String) -> Bool {
        TextMeasure.visibleCharacters(extracted) * 2 < TextMeasure.visibleCharacters(linkedDataBody)
    }
}
