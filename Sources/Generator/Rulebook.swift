import Foundation
import Yams

/// The rules a person has approved, in the order of `rules.yaml`.
public struct Rulebook: Equatable, Sendable {
    public var rules: [Rule]

    public init(rules: [Rule] = []) {
        self.rules = rules
    }

    /// The rule with an id.
    public func rule(id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// Replaces the rule with the same id, or appends it.
    public mutating func put(_ rule: Rule) {
        if let index = rules.firstIndex(where: { $0.id == rule.id }) {
            rules[index] = rule
        } else {
            rules.append(rule)
        }
    }
}

/// Why a rulebook's YAML could not be read.
public struct RulebookFormatError: Error, CustomStringConvertible {
    public var description: String
}

extension Rulebook {
    /// Reads the YAML of `rules.yaml`: a sequence of rules. An empty document is an empty rulebook.
    public init(yaml: String) throws {
        let trimmed = yaml.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed == "[]" {
            self.init()
            return
        }
        do {
            self.init(rules: try YAMLDecoder().decode([Rule].self, from: yaml))
        } catch let DecodingError.dataCorrupted(context) where context.underlyingError is YamlError {
            throw RulebookFormatError(description: "not valid YAML: \((context.underlyingError as? YamlError)?.located ?? "")")
        } catch let error as DecodingError {
            throw RulebookFormatError(description: "not a valid rulebook: \(error.summary)")
        } catch let error as YamlError {
            throw RulebookFormatError(description: "not valid YAML: \(error.located)")
        } catch {
            throw RulebookFormatError(description: "not valid YAML: \(error)")
        }
        var seen = Set<String>()
        for rule in rules where !seen.insert(rule.id).inserted {
            throw RulebookFormatError(description: "rule id \(rule.id) appears twice")
        }
    }

    /// The YAML of `rules.yaml`.
    public func yaml() throws -> String {
        if rules.isEmpty { return "[]\n" }
        return try readableYAMLEncoder().encode(rules)
    }
}

extension DecodingError {
    /// The error said in one line: what was wrong and where.
    public var summary: String {
        func path(_ context: Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch self {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription) at \(path(context))"
        case let .keyNotFound(key, context):
            return "missing field \(key.stringValue) at \(path(context))"
        @unknown default:
            return "\(self)"
        }
    }
}

extension YamlError {
    /// The problem with its line and column (`line 4, column 13: did not find expected ',' or ']'`), without the
    /// document Yams appends to its own description.
    var located: String {
        switch self {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            "line \(mark.line), column \(mark.column): \(problem)"
        default:
            "\(self)".split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }
}
