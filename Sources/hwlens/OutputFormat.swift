import ArgumentParser

/// Output formats of `hwlens extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
