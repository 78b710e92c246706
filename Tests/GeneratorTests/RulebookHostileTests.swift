import Testing
@testable import Generator

/// A rulebook hand-edited into invalid YAML is an error that says where.
@Suite struct RulebookHostileTests {
    @Test(arguments: [
        ("- id: a\n  title: t\n  subjects: [mining\n  status: active\n", 4),
        ("- id: a\n\ttitle: t\n", 2),
        ("- id: a\n  title: t\n  action: prohibit\n  quote: \"never closed\n", 5),
        ("- id: a\n  title: t\n   - stray: item\n", 3),
    ])
    func aYAMLSyntaxErrorNamesItsLine(yaml: String, line: Int) {
        let error = #expect(throws: RulebookFormatError.self) { try Rulebook(yaml: yaml) }
        let description = error?.description ?? ""
        #expect(description.hasPrefix("not valid YAML: line \(line), column "), "\(description)")
        #expect(!description.contains("\n"), "\(description)")
    }

    @Test func aWrongFieldNamesItsRuleAndField() {
        let error = #expect(throws: RulebookFormatError.self) {
            try Rulebook(yaml: "- id: a\n  title: t\n  action: forbid\n  subjects: []\n  status: active\n  sources: []\n")
        }
        #expect(error?.description.contains("[0].action") == true, "\(error?.description ?? "")")
    }
}
