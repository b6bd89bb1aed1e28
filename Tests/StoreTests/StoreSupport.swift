import Foundation
import Results
import Store
import TestSupport

enum StoreSupport {
    /// The pooling-quiz sample's results as `hwlens run` writes them (the golden file that
    /// the study tests keep equal to a real run).
    static func quizResults() throws -> StudyResults {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/golden/results.json")))
        return try JSONDecoder().decode(StudyResults.self, from: data)
    }
}
