// Archive benchmark: ingest throughput (one transaction per article, as `herald run` does), how it changes as
// pending drafts accumulate, full-text search latency, export throughput, and zlib levels on raw pages.
// Synthetic articles from word lists written for this benchmark; deterministic.
//
//   swift run -c release ArchiveBenchmark [ARTICLES]
import Archive
import CZlib
import Extractor
import Foundation
import Generator

/// A small deterministic generator (SplitMix64).
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

let issuers = (0..<60).map { "Authority \(["North", "South", "East", "West", "Central"][$0 % 5]) \($0)" }
let jurisdictions = ["OL", "NH", "OF", "KR", "SG", "BR", "KE", "PH", "GB", "US"]
let subjects = PolicySubject.allCases
let fillerWords = ["markets", "traders", "volume", "analysts", "said", "on", "the", "week", "prices", "token",
                   "exchange", "wallet", "report", "quarter", "rose", "fell", "after", "before", "investors",
                   "platform", "users", "network", "fees", "growth", "liquidity", "demand", "supply", "outlook"]

func article(_ index: Int, random: inout Random) -> (ArticleRecord, TextAnalysis) {
    let issuer = random.pick(issuers)
    let jurisdiction = random.pick(jurisdictions)
    let subject = random.pick(subjects)
    let day = CalendarDay(year: 2031, month: 1, day: 1)!.adding(days: index / 20)
    var sentences: [String] = []
    for _ in 0..<24 {
        sentences.append((0..<14).map { _ in random.pick(fillerWords) }.joined(separator: " ").capitalized + ".")
    }
    let policy = "\(issuer) will prohibit \(subject.phrase) in \(jurisdiction) from next month."
    let lead = sentences.prefix(3).joined(separator: " ") + "\n\n"
    let text = lead + policy + " " + sentences.dropFirst(3).joined(separator: " ")
    let start = lead.unicodeScalars.count
    let page = ArticlePage(title: "\(issuer) acts on \(subject.phrase)", published: day.description,
                           siteName: "Outlet \(index % 7)", canonicalURL: "https://outlet\(index % 7).example/\(index)",
                           text: text)
    let html = "<html><head><title>\(page.title ?? "")</title></head><body>"
        + String(repeating: "<nav><a href=\"/\">Home</a><a href=\"/markets\">Markets</a></nav>\n", count: 60)
        + text.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + "</body></html>"
    let analysis = TextAnalysis(
        entities: [Entity(name: issuer, type: .authority), Entity(name: "Bitcoin", type: .asset, code: "BTC")],
        statements: [PolicyStatement(text: policy, start: start, end: start + policy.unicodeScalars.count,
                                     actor: issuer, action: .prohibit, status: .announced, object: subject.phrase,
                                     effective: day.adding(days: 30).description)],
        announcements: [Announcement(actor: issuer, action: .prohibit, status: .announced, subjects: [subject],
                                     jurisdiction: jurisdiction, effective: day.adding(days: 30).description,
                                     enforcement: nil, statementIndices: [0])]
    )
    return (ArticleRecord(guid: "guid-\(index)", url: page.canonicalURL!, page: page, rawPage: Data(html.utf8)),
            analysis)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-archive-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: folder) }
let store = try ArchiveStore(path: folder.appendingPathComponent("herald.sqlite").path)
var random = Random(state: 42)
let articles = (0..<count).map { article($0, random: &random) }

var perArticle: [Double] = []
for (record, analysis) in articles {
    perArticle.append(try seconds {
        _ = try store.ingest(record, analysis: analysis, rulebook: Rulebook())
    })
}
let pending = try store.drafts(state: .pending).count
let quarter = max(1, count / 4)
print("articles: \(count), pending drafts at the end: \(pending)")
print(String(format: "ingest: %.0f articles/s overall; median per article %.2f ms in the first quarter, %.2f ms in the last",
             Double(count) / perArticle.reduce(0, +), median(Array(perArticle.prefix(quarter))) * 1000,
             median(Array(perArticle.suffix(quarter))) * 1000))

var duplicateChecks: [Double] = []
for (record, analysis) in articles.prefix(200) {
    duplicateChecks.append(try seconds { _ = try store.ingest(record, analysis: analysis, rulebook: Rulebook()) })
}
print(String(format: "re-ingesting a known article (duplicate check): median %.3f ms", median(duplicateChecks) * 1000))

for query in ["liquidity", "staking", "\"crypto lending\"", "Authority AND North"] {
    var times: [Double] = []
    var hits = 0
    for _ in 0..<21 {
        times.append(try seconds { hits = try store.search(SearchQuery(query, limit: 20)).count })
    }
    print(String(format: "search %@: median %.2f ms (%d hits shown)", query, median(times) * 1000, hits))
}

var exported = 0
let exportTime = try seconds { try store.forEachExportedArticle { _ in exported += 1 } }
print(String(format: "export: %.0f articles/s (%d articles)", Double(exported) / exportTime, exported))

let pages = articles.prefix(200).compactMap(\.0.rawPage)
let rawBytes = pages.reduce(0) { $0 + $1.count }
for level in [1, 6, 9] {
    var compressedBytes = 0
    let time = seconds {
        for page in pages {
            var size = compressBound(uLong(page.count))
            var output = Data(count: Int(size))
            _ = output.withUnsafeMutableBytes { target in
                page.withUnsafeBytes { source in
                    compress2(target.bindMemory(to: Bytef.self).baseAddress, &size,
                              source.bindMemory(to: Bytef.self).baseAddress, uLong(page.count), Int32(level))
                }
            }
            compressedBytes += Int(size)
        }
    }
    print(String(format: "zlib level %d: %.1f MB/s, %.1f%% of the raw size", level,
                 Double(rawBytes) / time / 1e6, Double(compressedBytes) * 100 / Double(rawBytes)))
}
