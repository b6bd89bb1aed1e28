import Files
import Foundation

/// Tesseract's TSV, as `tesseract IMAGE out tsv` writes it: one header line, then the rows
/// of each page.
public enum TSVFormatter {
    public static let header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

    public static func format(_ pages: [OCRPage]) -> String {
        header + pages.map { page in
            let rows = page.tsv ?? ""
            return rows.isEmpty || rows.hasSuffix("\n") ? rows : rows + "\n"
        }.joined()
    }
}

/// An hOCR document around tesseract's `ocr_page` elements, as `tesseract IMAGE out hocr`
/// writes it.
public enum HOCRFormatter {
    public static func format(_ pages: [OCRPage], title: String) -> String {
        var html = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
             <head>
              <title>\(escape(title))</title>
              <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
              <meta name='ocr-system' content='tesseract \(OCREngine.tesseractVersion)' />
              <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>
             </head>
             <body>

            """
        for page in pages { html += page.hocr ?? "" }
        html += " </body>\n</html>\n"
        return html
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Plain text, as `tesseract IMAGE out` writes it; pages separated by form feeds.
public enum OCRTextFormatter {
    public static func format(_ pages: [OCRPage]) -> String {
        pages.map(\.text).joined(separator: "\u{0C}")
    }
}

/// The JSON document for one input: `{"file", "pages", "version"}`, keys sorted.
public enum OCRJSONFormatter {
    struct Document: Encodable {
        var file: String
        var pages: [OCRPage]
        var version = 1
    }

    public static func format(_ pages: [OCRPage], file: String) throws(FileError) -> Data {
        try JSONDocument.encode(Document(file: file, pages: pages), what: file)
    }
}
