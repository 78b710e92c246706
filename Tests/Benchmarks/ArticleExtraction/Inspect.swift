// `inspect PAGE.html`: prints how the extractor read one page (debug builds only, where the
// extractor's internals are visible): the content root, the removed elements and every block.
#if DEBUG
@testable import Extractor
import Foundation
import Markup

func inspect(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
          let parsed = try? ElementTree.page([UInt8](data)) else { fail("cannot read \(path)") }
    let tree = parsed.tree
    let layout = PageLayout(tree: tree)
    let root = ContentRootFinder(layout: layout).find()
    func describe(_ index: Int) -> String {
        let item = tree.items[index]
        return "<\(item.name) class=\(item[attribute: "class"] ?? "") id=\(item[attribute: "id"] ?? "")>"
    }
    let textCharacters = tree.items.map { $0.isElement ? 0 : TextMeasure.visibleCharacters($0.text) }
    let paragraphs = PageLayout.paragraphCharacters(tree, textCharacters: textCharacters)
    print("root \(root.indexes.map(describe).joined(separator: " + ")) by \(root.heuristic.rawValue); paragraph characters in body \(paragraphs[layout.body])")
    for index in tree.items.indices where layout.removal[index] != nil && layout.rawCharacters[index] > 40 {
        print("removed \(layout.removal[index]!.rawValue) \(describe(index)) chars \(layout.rawCharacters[index]) paragraph characters \(paragraphs[index])")
    }
    for block in layout.blocks {
        let inside = root.contains(block.owner, in: tree) ? "IN " : "   "
        let filter = BlockFilter.firstMatch(for: block, title: nil).map { "[\($0.rawValue)] " } ?? ""
        print("\(inside)\(filter)\(describe(block.owner)) \(block.text.prefix(100))")
    }
}
#else
func inspect(path: String) {
    fail("inspect needs a debug build")
}
#endif
