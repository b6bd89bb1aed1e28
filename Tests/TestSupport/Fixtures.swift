import Foundation

/// Paths to the repository's samples and fixtures, and fresh temporary folders: shared by
/// every test target.
public enum Fixtures {
    /// The package root, found from this file's location.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path below the package root.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The cnn-basics sample PDF.
    public static let samplePDF = path("samples/cnn-basics/homework.pdf")

    /// One folder per test process holding every test's temporary folder; removed when the
    /// process exits, so a test run leaves nothing behind in the system's temporary folder.
    private static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hwlens-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.runFolder) }
        return url
    }()

    /// A fresh temporary folder for one test.
    public static func temporaryFolder() -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` as `name` in a fresh temporary folder and returns its path.
    public static func write(_ bytes: [UInt8], name: String) -> String {
        write(Data(bytes), name: name)
    }

    /// Writes `data` as `name` in a fresh temporary folder and returns its path.
    public static func write(_ data: Data, name: String) -> String {
        let path = temporaryFolder().appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }
}
