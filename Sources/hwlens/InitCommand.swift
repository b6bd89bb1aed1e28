import ArgumentParser
import Foundation
import Study

/// `hwlens init DIR`: a commented study manifest to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented study.yaml template into a folder.")

    @Argument(help: "The study folder (created if missing).")
    var folder: String

    func run() throws {
        let path = (folder as NSString).appendingPathComponent("study.yaml")
        if FileManager.default.fileExists(atPath: path) { throw Diagnostics.fatal("\(path): already exists") }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(StudyManifest.template.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostics.fatal("\(path): cannot write file")
        }
        StandardOutput.write(path + "\n")
    }
}
