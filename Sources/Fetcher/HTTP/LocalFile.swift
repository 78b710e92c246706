import Foundation

/// Reads `file:` URLs, so that offline samples go through the same path as real feeds.
enum LocalFile {
    static func read(_ url: URL, maximumBytes: Int) throws(FetchError) -> FetchedResource {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileUnreadable(path: path, reason: "no such file")
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw .fileUnreadable(path: path, reason: "is a directory")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            throw .bodyTooLarge(url, limit: maximumBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .fileUnreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard data.count <= maximumBytes else { throw .bodyTooLarge(url, limit: maximumBytes) }
        return FetchedResource(statusCode: 200, body: [UInt8](data), finalURL: url, contentType: contentType(of: url))
    }

    static func contentType(of url: URL) -> String? {
        switch url.pathExtension.lowercased() {
        case "xml", "rss", "rdf": "application/xml"
        case "atom": "application/atom+xml"
        case "json": "application/feed+json"
        case "html", "htm": "text/html"
        case "txt": "text/plain"
        default: nil
        }
    }
}
