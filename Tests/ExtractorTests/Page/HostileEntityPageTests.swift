import Foundation
import Testing
import Extractor

/// The article extractor against pages that declare entities: an exponential entity bomb and an external entity
/// naming a local file, on both parsing paths (Markup's own tree builder for UTF-8, libxml2 for other encodings).
/// Neither is expanded; nothing is read from disk. Deep nesting, huge lines, NUL bytes, invalid UTF-8 and
/// contradicting charsets are covered in HostilePageTests (PageExtractorTests.swift).
@Suite struct HostileEntityPageTests {
    static func laughs(levels: Int) -> String {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...levels {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return declarations
    }

    static func page(declaring declarations: String, using reference: String) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE html [\(declarations)]>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Entities \(reference)</title></head>
        <body><article><h1>Harbour news</h1>
        <p>The harbour master said the ferries would run again on Monday after the storm. \(reference)</p>
        <p>Repairs to the north quay took three weeks and cost less than the council had feared.</p>
        </article></body></html>
        """
    }

    @Test(arguments: ["utf-8", "windows-1252"])
    func aBillionLaughsPageIsNotExpanded(charset: String) throws {
        let html = Self.page(declaring: Self.laughs(levels: 9), using: "&lol9;")
        let started = ContinuousClock.now
        let page = try PageExtractor().extract(html: Array(html.utf8), headerCharset: charset)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(page.text.contains("ferries would run again"))
        #expect(!page.text.contains("lollollol"))
        #expect(page.text.utf8.count < 10_000)
    }

    @Test(arguments: ["utf-8", "windows-1252"])
    func anExternalEntityIsNeverRead(charset: String) throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("herald-page-\(UUID().uuidString)")
        try "PAGE-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let html = Self.page(declaring: "<!ENTITY leak SYSTEM \"\(secret.absoluteString)\">", using: "&leak;")
        let page = try PageExtractor().extract(html: Array(html.utf8), headerCharset: charset)
        #expect(page.text.contains("ferries would run again"))
        #expect(!String(describing: page).contains("PAGE-SECRET-CONTENT"))
    }
}
