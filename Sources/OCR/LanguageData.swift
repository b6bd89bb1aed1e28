import Foundation

/// Finds tesseract's language data (`LANG.traineddata`): `TESSDATA_PREFIX` first, then the
/// Debian locations.
public enum LanguageData {
    /// Folders searched, in order.
    public static var searchPath: [String] {
        var folders: [String] = []
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            folders.append(prefix)
            folders.append((prefix as NSString).appendingPathComponent("tessdata"))
        }
        folders += [
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata",
        ]
        return folders
    }

    /// The folder holding every language of `languages` (`eng`, `eng+grc`), or a
    /// ``OCRError/missingLanguage(language:searched:)`` naming the first one missing.
    public static func folder(for languages: String) throws(OCRError) -> String {
        let wanted = languages.split(separator: "+").map(String.init)
        guard !wanted.isEmpty else { throw .missingLanguage(language: languages, searched: searchPath) }
        func exists(_ language: String, in folder: String) -> Bool {
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("\(language).traineddata"))
        }
        for folder in searchPath where wanted.allSatisfy({ exists($0, in: folder) }) {
            return folder
        }
        let firstMissing = wanted.first { language in !searchPath.contains { exists(language, in: $0) } } ?? wanted[0]
        throw .missingLanguage(language: firstMissing, searched: searchPath)
    }

    /// Which language data `languages` would load: the folder and each `.traineddata`'s size
    /// and modification time (part of cache keys: other data, other text). "missing" when
    /// a language is not installed.
    public static func identity(for languages: String) -> String {
        guard let folder = try? folder(for: languages) else { return "\(languages) missing" }
        let files = languages.split(separator: "+").map { language -> String in
            let path = (folder as NSString).appendingPathComponent("\(language).traineddata")
            let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
            let size = attributes[.size] as? Int ?? 0
            let modified = Int((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            return "\(language) \(size) \(modified)"
        }
        return "\(folder): " + files.joined(separator: ", ")
    }
}
