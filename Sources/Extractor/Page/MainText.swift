/// Puts the main text together from the blocks inside the content root.
enum MainText {
    /// The kept blocks of the content root, one blank line between them.
    static func assemble(layout: PageLayout, root: ContentRoot, titles: [String]) -> String {
        let end = layout.tree.items[root.index].end
        var kept: [String] = []
        for block in layout.blocks where block.owner >= root.index && block.owner < end {
            if titles.contains(where: { BlockFilter.repeatsTitle(block, title: $0) }) { continue }
            if BlockFilter.firstMatch(for: block, title: nil) != nil { continue }
            kept.append(block.text)
        }
        return kept.joined(separator: "\n\n")
    }

    /// Whether the JSON-LD `articleBody` should replace the extracted text: when the extracted
    /// text is less than half as long.
    static func prefersLinkedDataBody(_ linkedDataBody: String, over extracted: String) -> Bool {
        TextMeasure.visibleCharacters(extracted) * 2 < TextMeasure.visibleCharacters(linkedDataBody)
    }
}
