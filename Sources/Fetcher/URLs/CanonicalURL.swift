import Foundation

/// Normalizes article URLs so that the same article reached through different links compares equal.
///
/// Tracking parameters (`utm_*`, `fbclid`, `gclid`, …) and the fragment are dropped, the scheme
/// and host are lower-cased, default ports and a `www.`-less host are left as the publisher wrote
/// them, and the remaining query parameters keep their order.
public enum CanonicalURL {
    /// The canonical form of an `http(s)` URL; other URLs come back unchanged.
    public static func normalize(_ url: URL) -> URL {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url }
        components.scheme = scheme
        components.host = components.host?.lowercased()
        if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443) {
            components.port = nil
        }
        components.fragment = nil
        if components.percentEncodedPath.isEmpty { components.percentEncodedPath = "/" }
        if let items = components.percentEncodedQueryItems {
            let kept = items.filter { !isTrackingParameter($0.name) }
            components.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        }
        return components.url ?? url
    }

    /// Whether a query parameter only tracks where a click came from.
    public static func isTrackingParameter(_ name: String) -> Bool {
        let lower = name.lowercased()
        if trackingPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return trackingNames.contains(lower)
    }

    private static let trackingPrefixes = ["utm_", "mtm_", "pk_", "hsa_", "__hs", "_hs", "vero_", "oly_"]

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "igshid", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "spm",
        "s_cid", "rss", "at_medium", "at_campaign", "wt_mc", "ncid", "sr_share", "soc_src", "soc_trk", "xtor",
    ]
}
