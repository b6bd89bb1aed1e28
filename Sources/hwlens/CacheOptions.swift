import ArgumentParser
import Store

/// Where the input cache lives, and whether to use it.
struct CacheOptions: ParsableArguments {
    @Option(name: .long, help: "The input cache (default: $HWLENS_CACHE, else $XDG_CACHE_HOME/hwlens/cache.sqlite, else ~/.cache/hwlens/cache.sqlite).")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Read every input afresh and run every study again; the cache is not touched.")
    var noCache = false

    var path: String { cache ?? InputCache.defaultPath }
}

extension CacheOptions {
    /// The input cache, or nil with `--no-cache`. A cache that cannot be opened only costs
    /// time: a warning, and the run goes on without it.
    func open() -> InputCache? {
        guard !noCache else { return nil }
        do {
            return try InputCache(path: path)
        } catch {
            Diagnostics.warning("input cache: \(error.localizedDescription); running without it")
            return nil
        }
    }
}
