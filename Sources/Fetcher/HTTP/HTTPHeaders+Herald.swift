import Foundation

/// Readings of the HTTP headers that govern when to ask again.
public enum HTTPTiming {
    /// The delay a `Retry-After` value asks for, in seconds: a number of seconds or an HTTP date.
    public static func retryAfter(_ value: String?, now: Date = Date()) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return TimeInterval(max(0, seconds)) }
        guard let date = FeedDate.parse(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// How long a response stays fresh: `Cache-Control: max-age` (or `s-maxage`), else `Expires`
    /// relative to now. `no-cache`/`no-store` give `nil`.
    public static func freshnessLifetime(cacheControl: String?, expires: String?, now: Date = Date()) -> TimeInterval? {
        if let cacheControl {
            var maxAge: TimeInterval? = nil
            for directive in cacheControl.lowercased().split(separator: ",") {
                let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts[0] == "no-store" || parts[0] == "no-cache" { return nil }
                if parts.count == 2, parts[0] == "max-age" || parts[0] == "s-maxage",
                   let seconds = Double(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))) {
                    maxAge = max(maxAge ?? 0, seconds)
                }
            }
            if let maxAge { return maxAge }
        }
        if let expires, let date = FeedDate.parse(expires) {
            let lifetime = date.timeIntervalSince(now)
            return lifetime > 0 ? lifetime : nil
        }
        return nil
    }
}
