import Extractor
import Foundation

/// One input of `herald extract`: a page or a plain text, read from a file or standard input.
struct ExtractionInput {
    enum Kind { case page, text }

    let kind: Kind
    let bytes: [UInt8]

    /// Reads a path; `-` is standard input.
    init(path: String) throws(InputError) {
        let lowered = path.lowercased()
        kind = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .page : .text
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("no such file")
        }
        guard !isDirectory.boolValue else { throw InputError("is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the file")
        }
        bytes = Array(data)
    }

    /// Extracts the page (when it is one), then analyses its text.
    func extract(published override: CalendarDay?, title: String?, url: String?) throws -> ExtractionResult {
        var page: ArticlePage
        switch kind {
        case .page:
            page = try PageExtractor().extract(html: bytes, url: url)
        case .text:
            page = ArticlePage(text: String(decoding: bytes, as: UTF8.self))
            page.provenance["text"] = "the input as plain text"
        }
        if let title {
            page.title = title
            page.provenance["title"] = "--title"
        }
        let published: CalendarDay
        if let override {
            published = override
            page.published = override.description
            page.provenance["published"] = "--published"
        } else if let pageDay = page.published.flatMap({ CalendarDay(iso: $0.prefix(10)) }) {
            published = pageDay
        } else {
            published = CalendarDay(Date())
        }
        let analysis = TextAnalyzer().analyze(page.text, headline: page.title, published: published)
        return ExtractionResult(page: page, published: published, analysis: analysis)
    }
}

/// Why an input could not be read.
struct InputError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A page's extraction and its analysis, ready to print.
struct ExtractionResult {
    let page: ArticlePage
    let published: CalendarDay
    let analysis: TextAnalysis

    /// The object of SCHEMA.md section 2, on one line.
    func jsonLine(input: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let object = ExtractionJSON(input: input, result: self)
        return String(decoding: try encoder.encode(object), as: UTF8.self)
    }

    /// Each metadata field with its value and where it came from.
    func explanation(input: String) -> String {
        let fields: [(String, String?)] = [
            ("title", page.title), ("authors", page.authors.isEmpty ? nil : page.authors.joined(separator: "; ")),
            ("published", page.published), ("modified", page.modified), ("site", page.siteName),
            ("url", page.canonicalURL), ("language", page.language), ("description", page.description),
            ("tags", page.tags.isEmpty ? nil : page.tags.joined(separator: ", ")),
            ("text", "\(page.text.unicodeScalars.count) characters"),
        ]
        var lines = ["\(input):"]
        for (name, value) in fields {
            let source = page.provenance[name].map { "  (from \($0))" } ?? ""
            lines.append("  \(name): \(value ?? "-")\(value == nil ? "" : source)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON shape of `herald extract`'s output: the contract's fields and the page's metadata.
private struct ExtractionJSON: Encodable {
    let input: String
    let result: ExtractionResult

    enum CodingKeys: String, CodingKey {
        case input, title, published, text, url, site, authors, modified, language, description, tags
        case entities, dates, statements, announcements
    }

    func encode(to encoder: any Encoder) throws {
        let page = result.page
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(page.title, forKey: .title)
        try container.encode(result.published.description, forKey: .published)
        try container.encode(page.text, forKey: .text)
        try container.encode(page.canonicalURL, forKey: .url)
        try container.encode(page.siteName, forKey: .site)
        try container.encode(page.authors, forKey: .authors)
        try container.encode(page.modified, forKey: .modified)
        try container.encode(page.language, forKey: .language)
        try container.encode(page.description, forKey: .description)
        try container.encode(page.tags, forKey: .tags)
        try container.encode(result.analysis.entities, forKey: .entities)
        try container.encode(result.analysis.dates, forKey: .dates)
        try container.encode(result.analysis.statements, forKey: .statements)
        try container.encode(result.analysis.announcements, forKey: .announcements)
    }
}
