import Foundation

/// The files under `/static/`, from one folder, which a request path cannot leave: segments that are empty,
/// `.` or `..`, hidden, or that hold a backslash or NUL are refused, and a file whose resolved path (symbolic
/// links followed) lies outside the folder is refused too.
struct StaticFiles: Sendable {
    let folder: URL

    /// The folder of style sheets that ships with the module.
    static var bundled: StaticFiles? {
        Bundle.module.url(forResource: "Static", withExtension: nil).map { StaticFiles(folder: $0) }
    }

    /// A file's contents and media type, or `nil` for a path that is refused or names no regular file.
    func file(at path: String) -> (data: Data, contentType: String)? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty, segments.allSatisfy(Self.isPlainName) else { return nil }
        let root = folder.resolvingSymlinksInPath().standardizedFileURL
        let candidate = segments.reduce(root) { $0.appendingPathComponent(String($1)) }
            .resolvingSymlinksInPath().standardizedFileURL
        guard candidate.path.hasPrefix(root.path + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
              let data = FileManager.default.contents(atPath: candidate.path) else { return nil }
        return (data, Self.contentType(of: candidate.pathExtension))
    }

    private static func isPlainName(_ segment: Substring) -> Bool {
        !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("\\") && !segment.contains("\u{0}")
            && !segment.contains("%")
    }

    private static func contentType(of fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
