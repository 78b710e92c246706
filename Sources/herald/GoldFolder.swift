import ArgumentParser
import Foundation

/// The gold cases of a folder, as `herald eval` and `herald train-model` read them.
enum GoldFolder {
    /// Every `*.json` file in the folder, sorted by name; an error naming the folder when it cannot be read or holds
    /// no case.
    static func caseFiles(in directory: String) throws -> [URL] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: directory), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw ValidationError("cannot read the folder \(directory): \(error.localizedDescription)")
        }
        guard !files.isEmpty else { throw ValidationError("no gold case (*.json) in \(directory)") }
        return files
    }
}
