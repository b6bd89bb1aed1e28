import ArgumentParser

/// Output formats of `hwlens extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Output formats of `hwlens ocr`.
enum OCRFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case tsv
    case hocr

    var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .tsv: return "tsv"
        case .hocr: return "hocr"
        }
    }
}

/// Output formats of `hwlens garble`.
enum GarbleFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case html
}
