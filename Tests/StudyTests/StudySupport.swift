import Foundation
import OCR
import Results
import Study
import TestSupport

/// Studies to run in tests: copies of the samples.
enum StudySupport {
    /// A copy of the pooling-quiz sample (no OCR needed) as `folder/name`.
    static func quiz(in folder: URL, name: String = "quiz") throws -> StudyManifest {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let study = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/pooling-quiz"), toPath: study.path)
        return try StudyManifest.load(path: study.appendingPathComponent("study.yaml").path)
    }

    /// The pooling-quiz sample, run for real.
    static func quizResults() async throws -> StudyResults {
        let manifest = try StudyManifest.load(path: Fixtures.path("samples/pooling-quiz/study.yaml"))
        return await StudyRunner(ocr: OCRAccess(languages: "eng"), jobs: 2).run(manifests: [manifest])
    }
}
