import ArgumentParser
import Results
import Study

/// What `hwlens run` and `hwlens merge` do with their results: the report files in the
/// output folder, the results on stdout, and the studies' recorded problems on stderr.
enum ResultsOutput {
    static func write(_ results: StudyResults, to folder: String, format: RunFormat) throws {
        do {
            try ReportFiles.write(results, to: folder)
            try format.write(results)
        } catch {
            throw Diagnostics.fatal(error)
        }
        for (severity, message) in RecordedProblems(results).lines {
            switch severity {
            case .error: Diagnostics.error(message)
            case .warning: Diagnostics.warning(message)
            }
        }
    }
}
