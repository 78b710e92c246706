import Testing
@testable import Markup

@Suite struct CharacterEncodingTests {
    let latin1Page: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9]
        + Array("</p></body></html>".utf8)

    @Test func byteOrderMarkWinsOverHeaderAndMeta() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1251><p>x</p>".utf8)
        let encoding = CharacterEncoding.detect(bytes, headerCharset: "iso-8859-2")
        #expect(encoding == CharacterEncoding(name: "UTF-8", source: .byteOrderMark))
    }

    @Test func headerWinsOverMeta() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>café</p></body></html>".utf8)
        let (document, encoding) = try Document.page(bytes, headerCharset: "utf-8")
        #expect(encoding.source == .httpHeader)
        #expect(try document.select("//p").first?.text == "café")
    }

    @Test func metaCharsetIsReadWithoutHeader() throws {
        let (document, encoding) = try Document.page(latin1Page)
        #expect(encoding == CharacterEncoding(name: "windows-1252", source: .metaTag))
        #expect(try document.select("//p").first?.text == "café")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let bytes = Array("<html><body><p>a".utf8) + [0xFF, 0xC3] + Array("b</p><p>next</p></body></html>".utf8)
        let (document, _) = try Document.page(bytes, headerCharset: "utf-8")
        let paragraphs = try document.select("//p").map(\.text)
        #expect(paragraphs == ["a\u{FFFD}\u{FFFD}b", "next"])
    }

    @Test func nulBytesAreDroppedAndTheRestIsKept() throws {
        let bytes = Array("<html><body><p>be".utf8) + [0] + Array("fore</p><p>after</p></body></html>".utf8)
        let (document, _) = try Document.page(bytes)
        #expect(try document.select("//p").map(\.text) == ["before", "after"])
    }

    @Test func undecodableBytesWithoutDeclarationFallBackToWindows1252() {
        #expect(CharacterEncoding.detect([0x3C, 0x70, 0x3E, 0xE9]).name == "windows-1252")
        #expect(CharacterEncoding.detect(Array("<p>é</p>".utf8)).name == "UTF-8")
    }

    @Test func unknownLabelsAreIgnored() {
        #expect(CharacterEncoding.canonicalName("no-such-charset") == nil)
        #expect(CharacterEncoding.canonicalName("\"Latin1\"") == "windows-1252")
        #expect(CharacterEncoding.canonicalName("UTF-16") == "UTF-8")
    }

    /// Found by the `page` fuzz target: each lookup of an iconv-backed label leaked libxml2's handler and its iconv
    /// descriptor. Looking labels up many times must keep working, and so must decoding a page in them afterwards.
    @Test(arguments: ["koi8-r", "shift_jis", "iso-8859-5", "utf-7", "ISO-8859-2"])
    func iconvBackedLabelsCanBeLookedUpRepeatedly(label: String) {
        for _ in 0..<2_000 {
            #expect(CharacterEncoding.canonicalName(label) == label.lowercased())
        }
        #expect(CharacterEncoding.canonicalName("windows-1252") == "windows-1252")
    }

    @Test func aPageInAnIconvEncodingDecodesAfterManyLookups() throws {
        for _ in 0..<500 { _ = CharacterEncoding.canonicalName("koi8-r") }
        // "Привет" in KOI8-R.
        let bytes = Array("<html><head><meta charset=\"koi8-r\"></head><body><p>".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p></body></html>".utf8)
        let (document, _) = try Document.page(bytes)
        #expect(try document.select("//p").map(\.text) == ["Привет"])
    }
}
