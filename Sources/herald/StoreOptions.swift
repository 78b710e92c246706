import Archive
import ArgumentParser
import Foundation

/// Where a command finds the output folder and the archive: `--output DIR` and `--store URL`, shared by every
/// command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder runs write to: rules.yaml, drafts/, archive/.", valueName: "dir"))
    var output: String = "Output"

    @Option(help: ArgumentHelp(
        "The archive: a path or a sqlite:// URL (default: <output>/herald.sqlite).", valueName: "url"
    ))
    var store: String?

    /// The output folder.
    var outputFolder: URL {
        URL(fileURLWithPath: output, isDirectory: true)
    }

    /// `rules.yaml` in the output folder.
    var rulebookFile: URL {
        outputFolder.appendingPathComponent("rules.yaml")
    }

    /// The archive named by `--store`, or the default inside the output folder.
    func location() throws -> StoreLocation {
        try StoreLocation(store, output: output)
    }

    /// Opens (creating and migrating when needed) the archive.
    func openStore() throws -> ArchiveStore {
        try ArchiveStore(location())
    }
}
