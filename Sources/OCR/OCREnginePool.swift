import Synchronization

/// Engines for one language list, created on demand and reused. ``withEngine(_:)`` lends
/// an engine to one caller at a time; an engine is never used by two tasks at once.
public final class OCREnginePool: Sendable {
    public let languages: String
    private let idle = Mutex<[OCREngine]>([])
    private let created = Atomic<Int>(0)

    /// Checks that the language data exists, so a missing language fails here once.
    public init(languages: String = "eng") throws(OCRError) {
        _ = try LanguageData.folder(for: languages)
        self.languages = languages
    }

    /// How many engines this pool has started.
    public var enginesCreated: Int { created.load(ordering: .relaxed) }

    /// Runs `body` with an engine of its own, returning the engine to the pool afterwards.
    public func withEngine<T>(_ body: (OCREngine) throws -> T) throws -> T {
        let engine = try borrow()
        defer { giveBack(engine) }
        return try body(engine)
    }

    func borrow() throws(OCRError) -> OCREngine {
        if let engine = idle.withLock({ $0.popLast() }) { return engine }
        let engine = try OCREngine(languages: languages)
        created.add(1, ordering: .relaxed)
        return engine
    }

    func giveBack(_ engine: OCREngine) {
        idle.withLock { $0.append(engine) }
    }
}
