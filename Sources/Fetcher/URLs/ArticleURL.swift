import Foundation

/// The canonical URL of an article, from the address it was fetched at and the one its page declares
/// (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
///
/// A declared canonical URL is trusted only when it stays on the fetched page's site (the same
/// registrable domain: `www.example.com`, `amp.example.com` and `example.com` are one site) and
/// does not point at the site's root while the page is an article. Anything else is a misconfigured
/// template (every article declaring the home page) or a claim on another site's address, and the
/// archive treats a canonical URL as identity: trusting it could file one article as another and
/// drop it as a duplicate. An article republished on another site is still recognised by its text.
/// Both URLs lose their tracking parameters (``CanonicalURL``). A page read from a local file (a
/// saved copy) takes the `http(s)` canonical URL it declares, unless that is a site's root.
public enum ArticleURL {
    /// The article's canonical URL: the declared one when it is trustworthy, else the fetched one.
    public static func canonical(declared: String?, fetched: URL) -> URL {
        let page = CanonicalURL.normalize(fetched)
        guard let declared = declared?.trimmingCharacters(in: .whitespacesAndNewlines), !declared.isEmpty,
              !declared.contains(where: \.isWhitespace),
              let claimed = URL(string: declared, relativeTo: fetched)?.absoluteURL,
              ["http", "https"].contains(claimed.scheme?.lowercased() ?? ""),
              let claimedHost = claimed.host?.lowercased(), !claimedHost.isEmpty else { return page }
        let normalized = CanonicalURL.normalize(claimed)
        // A page read from a local file is a copy: its canonical URL says where it lives on the web.
        guard ["http", "https"].contains(page.scheme?.lowercased() ?? "") else {
            return isSiteRoot(normalized) ? page : normalized
        }
        guard let pageHost = page.host?.lowercased(),
              registrableDomain(of: claimedHost) == registrableDomain(of: pageHost) else { return page }
        if isSiteRoot(normalized), !isSiteRoot(page) { return page }
        return normalized
    }

    /// The part of a host name a registrant controls: the last two labels, or three under the
    /// common two-label public suffixes (`co.uk`, `com.au`, …) and hosting platforms. An
    /// approximation of the Public Suffix List that covers news sites; an IP address is itself.
    public static func registrableDomain(of host: String) -> String {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let labels = host.split(separator: ".")
        if host.contains(":") || labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return host }
        guard labels.count > 2 else { return host }
        let lastTwo = labels.suffix(2).joined(separator: ".")
        let keep = twoLabelSuffixes.contains(lastTwo) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    private static func isSiteRoot(_ url: URL) -> Bool {
        let path = url.path
        return (path.isEmpty || path == "/") && url.query == nil
    }

    private static let twoLabelSuffixes: Set<String> = [
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "com.au", "net.au", "org.au", "gov.au",
        "co.nz", "org.nz", "co.jp", "ne.jp", "or.jp", "go.jp", "co.kr", "or.kr", "go.kr", "com.br", "gov.br",
        "com.cn", "gov.cn", "com.hk", "gov.hk", "com.sg", "gov.sg", "edu.sg", "com.tw", "gov.tw", "co.in", "gov.in",
        "co.za", "gov.za", "com.tr", "gov.tr", "com.mx", "gob.mx", "com.ar", "gob.ar", "co.il", "gov.il", "com.my",
        "gov.my", "co.id", "go.id", "com.ph", "gov.ph", "com.ng", "gov.ng", "co.ke", "go.ke", "com.ua", "gov.ua",
        "github.io", "blogspot.com", "wordpress.com", "substack.com", "medium.com", "netlify.app", "vercel.app",
        "pages.dev", "herokuapp.com", "appspot.com",
    ]
}
