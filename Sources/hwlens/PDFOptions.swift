import ArgumentParser
import Ingest

/// Options shared by commands that read PDFs.
struct PDFOptions: ParsableArguments {
    @Option(name: .long, help: "Pages to read, e.g. 1-3,5 or 4- (default: all).")
    var pages: String?

    @Option(name: .long, help: "Password for encrypted PDFs.")
    var password: String?

    func validate() throws {
        if let pages {
            do {
                _ = try PageSelection(parsing: pages)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
    }

    var selection: PageSelection? {
        pages.flatMap { try? PageSelection(parsing: $0) }
    }
}

/// How much parallelism to use.
struct JobOptions: ParsableArguments {
    @Option(name: .long, help: "Parallel workers; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

import Foundation
