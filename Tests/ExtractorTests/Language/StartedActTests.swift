import Testing
@testable import Extractor

/// A sentence that only says something starts ("takes effect", "comes into force", "applies from") states the action
/// of what starts when its subject names an act: lifting a measure or granting a licence permits, taking a licence away
/// enforces; a measure's name ("the law", "the rules") leaves the action to the article.
@Suite struct StartedActTests {
    @Test(arguments: [
        ("The withdrawal takes effect on Monday", PolicyAction.permit),
        ("The annulment will take effect on February 9", .permit),
        ("Her licence comes into force on June 2", .permit),
        ("The revocation will take effect on May 4", .enforce),
        ("The deregistrations take effect on May 19", .enforce),
        ("The cancellation applies from Oct. 16", .enforce),
    ])
    func aStartedActStatesItsAction(text: String, expected: PolicyAction) {
        let words = text.lowercased().replacingOccurrences(of: ".", with: " .").split(separator: " ").map(String.init)
        #expect(PolicyCues.cue(in: words, from: 0)?.action == expected, "\(text)")
    }

    @Test(arguments: [
        "The law takes effect on March 2",
        "The new rules will apply from next February",
        "The act came into force in 2024",
    ])
    func aStartedMeasureLeavesItsActionToTheArticle(text: String) {
        let words = text.lowercased().replacingOccurrences(of: ".", with: " .").split(separator: " ").map(String.init)
        let cue = PolicyCues.cue(in: words, from: 0)
        #expect(cue != nil && cue?.action == nil, "\(text)")
    }
}
