import ArgumentParser

@main
struct Herald: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns crypto news into draft updates of a compliance rulebook."
    )
}
