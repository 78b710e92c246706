/// What the frame model reads in a frame the rules made: where its statements stand in the article, how they relate to
/// the measure the lead states, who acts and with which words. Each reading is a named feature ("act=restrict",
/// "first=lead", "pair=prohibit>require"), so that the model's weights say what they weigh.
struct FrameEvidence {
    /// The actor and action of the frame, with every statement that has them.
    let candidate: AnnouncementBuilder.Candidate
    /// The frame's statements that report news.
    let news: [Int]
    /// The candidates whose news the lead states.
    let leading: [AnnouncementBuilder.Candidate]
    /// Every candidate that became a frame, in order of first statement.
    let selected: [AnnouncementBuilder.Candidate]
    let statements: [ReadStatement]
    let document: AnalyzedText
    let framing: ArticleFraming
    let context: ArticleContext

    /// The features of the frame the candidate became (its status and start are the frame's, not its statements').
    func features(of frame: Announcement, _ timing: MeasureTiming) -> [String] {
        let action = candidate.action.rawValue
        let type = context.typeByKey[candidate.actorKey].map(\.rawValue) ?? "none"
        let isLeading = leading.contains { $0.actorKey == candidate.actorKey && $0.action == candidate.action }
        let isMainActor = leading.contains { $0.actorKey == candidate.actorKey }
        let ownActor = selected.filter { $0.actorKey == candidate.actorKey }
        let rank = selected.firstIndex { $0.actorKey == candidate.actorKey && $0.action == candidate.action } ?? 0
        let rankOfOwnActor = ownActor.firstIndex { $0.action == candidate.action } ?? 0
        var features = [
            StatementModel.bias, "act=\(action)", "type=\(type)", "type=\(type)&act=\(action)",
            isMainActor ? "main" : "other", isLeading ? "leading" : "follower",
            "rank=\(min(rank, 3))", "actorRank=\(min(rankOfOwnActor, 2))", "frames=\(min(selected.count, 5))",
            "actorFrames=\(min(ownActor.count, 3))", "news=\(min(news.count, 4))", "all=\(min(candidate.members.count, 6))",
            "sentences=\(min(Set(news.map { statements[$0].sentence }).count, 4))",
            "first=\(news.map { statements[$0].sentence }.min().map(framing.stretches.stretch) ?? "none")", "genre=\(framing.genre)",
            // The measure the lead states first, and this one beside it: a grace period beside a ban, a duty beside a licence.
            "pair=\(leading.first.map(\.action.rawValue) ?? "none")>\(action)",
            "st=\(frame.status.rawValue)", "eff=" + timing.place(of: frame.effective),
        ]
        if isMainActor, !isLeading { features.append("mainFollower&act=\(action)") }
        if news.contains(where: { statements[$0].namesItsActor }) { features.append("namesActor") }
        if news.allSatisfy({ statements[$0].isAdmittedByTheModel }) { features.append("modelOnly") }
        if news.contains(where: { statements[$0].sentence == 0 }) { features.append("headline") }
        if statements.contains(where: { $0.sentence == 0 && $0.statement.action == candidate.action }) { features.append("headlineAct") }
        if statements.contains(where: { framing.isInLead($0.sentence) && $0.statement.action == candidate.action }) { features.append("leadAct") }
        if context.leadingAuthority()?.key == candidate.actorKey { features.append("leadingAuthority") }
        for index in news.prefix(3) {
            features.append("cue=\(document.tokens[statements[index].cueIndex].lower)")
            features.append("stst=\(statements[index].statement.status.rawValue)")
        }
        return features
    }
}
