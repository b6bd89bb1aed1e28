import Analyze
import ArgumentParser
import Foundation

/// `hwlens init DIR`: a commented study manifest to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented study.yaml template into a folder.")

    @Argument(help: "The study folder (created if missing).")
    var folder: String

    func run() throws {
        let path = (folder as NSString).appendingPathComponent("study.yaml")
        if FileManager.default.fileExists(atPath: path) {
            Diagnostics.write("hwlens: error: \(path): already exists")
            throw ExitCode(ExitStatus.inputFailed)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(StudyManifest.template.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Diagnostics.write("hwlens: error: \(path): cannot write file")
            throw ExitCode(ExitStatus.inputFailed)
        }
        StandardOutput.write(path + "\n")
    }
}
