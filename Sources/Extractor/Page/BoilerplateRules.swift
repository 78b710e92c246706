import Markup

/// The rules that mark an element, with everything inside it, as page furniture rather than article text.
///
/// Each rule looks at one element on its own; ``PageLayout`` applies them to the whole page and
/// spares elements that hold the article (see ``PageLayout/sparesHintedElement(_:)``).
enum BoilerplateRule: String, CaseIterable, Sendable {
    /// Navigation, page headers and footers, asides, forms' controls, embedded media.
    case furnitureTag
    /// `hidden`, `aria-hidden`, or an inline style that hides the element.
    case hiddenElement
    /// An ARIA landmark role that is not the main content (`navigation`, `banner`, `contentinfo`, …).
    case furnitureRole
    /// A `class` or `id` word such as `share`, `related`, `comments`, `newsletter`, `cookie`, `ad`.
    case furnitureClassOrID

    /// The first rule that marks the element, if any.
    static func firstMatch(for item: ElementTree.Item, hints: ClassAndIDHints?) -> BoilerplateRule? {
        if furnitureTags.contains(item.name) { return .furnitureTag }
        if isHidden(item) { return .hiddenElement }
        if let role = item[attribute: "role"]?.lowercased(), furnitureRoles.contains(role) { return .furnitureRole }
        if let hints, hints.suggestsBoilerplate { return .furnitureClassOrID }
        return nil
    }

    static let furnitureTags: WordSet = [
        "nav", "header", "footer", "aside", "menu", "button", "select", "input", "textarea", "label", "option",
        "figure", "figcaption", "picture", "video", "audio", "canvas", "embed", "dialog", "head", "title",
        "script", "link", "meta", "map", "area", "img",
    ]

    static let furnitureRoles: WordSet = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar", "tablist", "button",
    ]

    static func isHidden(_ item: ElementTree.Item) -> Bool {
        if item[attribute: "hidden"] != nil { return true }
        if item[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = item[attribute: "style"]?.lowercased(), style.contains(":") else { return false }
        let compact = style.filter { $0 != " " }
        return compact.containsBytes("display:none") || compact.containsBytes("visibility:hidden")
    }
}
