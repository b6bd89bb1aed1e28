import Foundation
import Ingest
import OCR

/// What besides its files shapes a study's results: this build of hwlens and the libraries
/// it reads with. Part of every study fingerprint, so a rebuilt hwlens runs studies again.
public enum BuildIdentity {
    /// The identity of hwlens `version` as built, and of the libraries it reads with.
    public static func settings(version: String, languages: String) -> String {
        var parts = ["hwlens \(version)"]
        let proc = "/proc/self/exe"
        let executable = FileManager.default.fileExists(atPath: proc)
            ? URL(fileURLWithPath: proc).resolvingSymlinksInPath().path : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let size = attributes[.size] as? Int ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("build \(size) \(Int(modified))")
        }
        parts.append("poppler \(PDFFile.popplerVersion)")
        parts.append("tesseract \(OCREngine.tesseractVersion) \(LanguageData.identity(for: languages))")
        return parts.joined(separator: "; ")
    }
}
