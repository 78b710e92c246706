@testable import Extractor

/// A suite of subject tables: the words of a sentence as the subject lexicon reads them, and the frames of a text
/// (published on 10 June 2025 unless told) with the rules' subjects, before the subject model chooses among them.
protocol SubjectTable {}

extension SubjectTable {
    static func words(_ sentence: String) -> [String] {
        Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
    }

    static func frames(_ text: String, published: String = "2025-06-10") -> [Announcement] {
        TextAnalyzer(subjectModel: nil).analyze(text, published: CalendarDay(iso: published)).announcements
    }
}
