import ArgumentParser
import Foundation

/// The `dateline` command: turns news articles into event timelines.
@main
struct DatelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Turn news articles into event timelines.",
        discussion: """
            Finds temporal expressions ("last month", "June 25", "since last summer"), resolves them \
            against each article's publication date, and orders the events they date.
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, TagCommand.self, EvalCommand.self, RenderCommand.self, DiffCommand.self],
        defaultSubcommand: nil
    )

    /// Installs the signal handling (`Interruption`), then parses and runs the command.
    static func main() {
        Interruption.shared.install()
        main(nil)
    }
}
