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
