import Analyze
import Foundation

enum StoreSupport {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hwlens-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the pooling-quiz sample (no OCR needed) as `folder/name`.
    static func quiz(in folder: URL, name: String = "quiz") throws -> StudyManifest {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let study = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: path("samples/pooling-quiz"), toPath: study.path)
        return try StudyManifest.load(path: study.appendingPathComponent("study.yaml").path)
    }

    /// The pooling-quiz sample, run for real.
    static func quizResults() async throws -> StudyResults {
        let manifest = try StudyManifest.load(path: path("samples/pooling-quiz/study.yaml"))
        return await StudyRunner(pool: nil, jobs: 2).run(manifests: [manifest])
    }
}
