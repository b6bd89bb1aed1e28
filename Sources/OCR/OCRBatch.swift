import Files
import Foundation
import Ingest

/// Recognizes many inputs (images and PDFs) in parallel with a bounded number of workers,
/// each holding one engine from the pool for its whole life; results come back in input order.
public enum OCRBatch {
    /// The outcome for one input file: its pages, or the error that stopped it.
    public struct Outcome: Sendable {
        public var file: String
        public var result: Result<[OCRPage], OCRError>
    }

    /// One unit of work: one image, or one page of a PDF.
    struct Item: Sendable {
        var input: Int
        var page: Int  // 1-based; images have page 1
        var pdf: PDFFile?
        var data: Data?
    }

    /// Recognizes `files` with up to `jobs` workers. Files that cannot be read or decoded
    /// get their error in their outcome; the others still finish.
    public static func recognize(
        _ files: [String], settings: OCRSettings, pool: OCREnginePool, jobs: Int, password: String? = nil
    ) async -> [Outcome] {
        var failures: [Int: OCRError] = [:]
        var items: [Item] = []
        for (index, path) in files.enumerated() {
            do throws(OCRError) {
                let data = try InputFile.read(path)
                if InputKind.isPDF(data) {
                    do {
                        let pdf = try PDFFile(data: data, path: path, password: password)
                        let pageCount = try pdf.open().pageCount
                        for page in 0..<pageCount {
                            items.append(Item(input: index, page: page + 1, pdf: pdf, data: nil))
                        }
                    } catch {
                        throw .input(error)
                    }
                } else {
                    items.append(Item(input: index, page: 1, pdf: nil, data: data))
                }
            } catch {
                failures[index] = error
            }
        }

        let next = Counter()
        let work = items
        let results = await withTaskGroup(of: [(Int, Result<OCRPage, OCRError>)].self) { group in
            for _ in 0..<max(1, min(jobs, items.count)) {
                group.addTask {
                    var done: [(Int, Result<OCRPage, OCRError>)] = []
                    var documents: [ObjectIdentifier: PDFDocument] = [:]
                    let engine: OCREngine
                    do throws(OCRError) {
                        engine = try pool.borrow()
                    } catch {
                        while case let index = next.take(), index < work.count {
                            done.append((index, .failure(error)))
                        }
                        return done
                    }
                    defer { pool.giveBack(engine) }
                    while case let index = next.take(), index < work.count {
                        let item = work[index]
                        done.append((index, Self.recognize(item, files: files, engine: engine, settings: settings, documents: &documents)))
                    }
                    return done
                }
            }
            var all: [(Int, Result<OCRPage, OCRError>)] = []
            for await part in group { all.append(contentsOf: part) }
            return all
        }

        var pages = [[OCRPage]](repeating: [], count: files.count)
        var byItem = [Result<OCRPage, OCRError>?](repeating: nil, count: items.count)
        for (index, result) in results { byItem[index] = result }
        for (index, item) in items.enumerated() {
            switch byItem[index]! {
            case .success(let page):
                pages[item.input].append(page)
            case .failure(let error):
                if failures[item.input] == nil { failures[item.input] = error }
            }
        }
        return files.enumerated().map { index, file in
            if let failure = failures[index] { return Outcome(file: file, result: .failure(failure)) }
            return Outcome(file: file, result: .success(pages[index].sorted { $0.page < $1.page }))
        }
    }

    static func recognize(
        _ item: Item, files: [String], engine: OCREngine, settings: OCRSettings,
        documents: inout [ObjectIdentifier: PDFDocument]
    ) -> Result<OCRPage, OCRError> {
        let path = files[item.input]
        do throws(OCRError) {
            let image: OCRImage
            if let pdf = item.pdf {
                do {
                    let key = ObjectIdentifier(pdf)
                    let document = try documents[key] ?? pdf.open()
                    documents[key] = document
                    let page = try document.page(item.page)
                    // Refuse before rendering: a huge page would exhaust memory first.
                    let scale = Double(settings.pdfDPI) / 72
                    let width = Int(min(page.size.width * scale, 1e9))
                    let height = Int(min(page.size.height * scale, 1e9))
                    if width * height > settings.pixelLimit {
                        return .failure(.imageTooLarge(path: path, width: width, height: height, limit: settings.pixelLimit))
                    }
                    image = try OCRImage(raster: page.render(dpi: Double(settings.pdfDPI)), path: path)
                } catch let error as OCRError {
                    throw error
                } catch let error as IngestError {
                    throw .input(error)
                } catch {
                    throw .engineFailed(detail: "\(path): \(error.localizedDescription)")
                }
            } else {
                image = try OCRImage(data: item.data!, path: path, pixelLimit: settings.pixelLimit)
            }
            let scaled = image.scaled(by: settings.upscale)
            if scaled.width * scaled.height > settings.pixelLimit {
                throw .imageTooLarge(path: path, width: scaled.width, height: scaled.height, limit: settings.pixelLimit)
            }
            return .success(engine.recognize(scaled, file: path, page: item.page, settings: settings))
        } catch {
            return .failure(error)
        }
    }
}
