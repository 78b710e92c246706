/// A permission the article names only to describe the firm that holds it: "Havelet, a fund manager licensed by the
/// commission, launched a fund", "the rule applies to platforms registered with the SEC". The reader takes it for a
/// permit, but it is the firm's standing, not a change the article reports.
enum PermissionHolders {
    /// "a fund manager licensed by the commission", "platforms registered with the SEC", "firms authorised in Malta",
    /// "Approved by resolution of the board": a permission whose word is a participle describing the noun before it (or
    /// opening the line), not the verb of the sentence ("was licensed by", "has been formally authorised"). A headline
    /// or a heading drops its verbs ("Exchange licensed in France") and states news, and so does a firm "newly" licensed.
    static func describesAHolder(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let tokens = document.tokens
        let sentence = document.sentences[read.sentence]
        guard read.statement.action == .permit, read.sentence > 0, !sentence.isHeadingLike,
              holderParticiples.contains(tokens[read.cueIndex]), read.cueIndex + 1 < sentence.end,
              scopeWords.contains(tokens[read.cueIndex + 1]) else { return false }
        var before = read.cueIndex - 1
        while before >= sentence.first, tokens[before].lower.hasSuffix("ly") || settledAdverbs.contains(tokens[before]) {
            if noveltyAdverbs.contains(tokens[before]) { return false }
            before -= 1
        }
        return before < sentence.first || !verbalWords.contains(tokens[before])
    }

    /// The participles of a grant that may describe the firm holding it.
    static let holderParticiples: WordSet = [
        "licensed", "licenced", "authorised", "authorized", "registered", "regulated", "supervised", "approved",
    ]
    /// The words that tie a holder's participle to its grantor or its place: "licensed by", "registered with", "authorised
    /// in Malta", "regulated under the act".
    static let scopeWords: WordSet = ["by", "with", "in", "under"]
    /// Words between a verb and its participle ("has now been licensed", "were not approved") or before a describing
    /// participle ("firms already registered with") that leave the reading as it is, besides any word in "-ly" ("formally").
    static let settledAdverbs: WordSet = ["now", "already", "also", "still", "not", "newly", "recently", "just"]
    /// Adverbs that make a holder's permission the news: "a newly licensed exchange", "recently authorised".
    static let noveltyAdverbs: WordSet = ["newly", "recently", "just"]
    /// Forms of the verbs that make a participle the verb of its sentence: "was licensed by", "has been approved".
    static let verbalWords: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "\u{2019}s", "has", "have", "had", "get", "gets", "got",
        "gotten", "getting", "become", "becomes", "became", "becoming",
    ]
}
