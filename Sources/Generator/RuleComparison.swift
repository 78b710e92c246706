import Extractor

/// How an announcement bears on a rule of the rulebook.
enum RuleRelation: Equatable {
    /// The announcement says nothing new about the rule.
    case covered
    /// The announcement changes the rule into this one.
    case changes(DraftChange, Rule)
    /// The announcement is about something else.
    case unrelated
}

extension Rule {
    /// Whether an announcement concerns this rule: same jurisdiction and issuer, overlapping subjects.
    func isConcerned(by announcement: Announcement, issuer context: IssuerContext) -> Bool {
        status != .repealed
            && sameJurisdiction(jurisdiction, announcement.jurisdiction)
            && sameIssuer(announcement.actor, issuer, context: context)
            && subjectsOverlap(subjects, announcement.subjects)
    }

    /// What an announcement about this rule changes: lifting a ban repeals it; the same action with a new date,
    /// a wider scope or a later enforcement amends it (a report of the rule as it already stood, `in_effect`, only
    /// fills dates it lacks); an enforcement act moves its enforcement date.
    func relation(to announcement: Announcement, reportedOn day: CalendarDay?) -> RuleRelation {
        if announcement.action == .permit, action == .prohibit || action == .restrict {
            var repealed = self
            repealed.status = .repealed
            return .changes(.repeal, repealed)
        }
        var amended = self
        if announcement.action == action, announcement.status == .inEffect {
            // A report of the rule as it already stood is no news: it only fills dates the rule lacks.
            amended.effective = effective ?? announcement.effective
            amended.enforcement = enforcement ?? announcement.enforcement
        } else if announcement.action == action {
            if let effective = announcement.effective, !sameDate(effective, self.effective) {
                amended.effective = effective
            }
            if let enforcement = announcement.enforcement, isLater(enforcement, than: self.enforcement) {
                amended.enforcement = enforcement
            }
            let widened = subjects + announcement.subjects.filter { !subjects.contains($0) }
            amended.subjects = widened
        } else if announcement.action == .enforce {
            if let date = announcement.enforcement ?? announcement.effective, isLater(date, than: enforcement) {
                amended.enforcement = date
            }
        } else {
            return .unrelated
        }
        if amended.effective != effective {
            amended.status = RuleStatus(effective: amended.effective, reportedOn: day)
        }
        return amended == self ? .covered : .changes(.amend, amended)
    }
}

extension RuleStatus {
    /// `scheduled` when the rule starts after the day it was reported on, `active` otherwise.
    init(effective: String?, reportedOn day: CalendarDay?) {
        guard let effective, let day else {
            self = .active
            return
        }
        self = isLater(effective, than: day.description) ? .scheduled : .active
    }
}

/// Whether two jurisdictions are the same, ignoring case; two absent ones are.
func sameJurisdiction(_ first: String?, _ second: String?) -> Bool {
    first?.uppercased() == second?.uppercased()
}

/// Whether two subject lists share a subject; two empty lists do.
func subjectsOverlap(_ first: [PolicySubject], _ second: [PolicySubject]) -> Bool {
    if first.isEmpty && second.isEmpty { return true }
    return !Set(first).isDisjoint(with: second)
}

/// Whether two ISO values name the same time, one perhaps less precisely (`2021-10` and `2021-10-08`).
func sameDate(_ first: String, _ second: String?) -> Bool {
    guard let second else { return false }
    return first.hasPrefix(second) || second.hasPrefix(first)
}

/// Whether an ISO value is later than another, compared at the precision both share; any value is later than none.
///
/// Weeks and quarters (`2022-W05`, `2022-Q1`) compare by year only.
func isLater(_ value: String, than other: String?) -> Bool {
    guard let other else { return true }
    if sameDate(value, other) { return false }
    let comparable = { (text: String) -> String in
        text.contains("W") || text.contains("Q") ? String(text.prefix(4)) : text
    }
    let (first, second) = (comparable(value), comparable(other))
    let length = min(first.count, second.count)
    return first.prefix(length) > second.prefix(length)
}
