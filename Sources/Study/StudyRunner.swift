import Files
import Foundation
import Garble
import Grade
import Ingest
import OCR
import Problems
import Results
import Solve
import Source
import Store

/// Runs studies: for each, the reference and expected answers, then per form the input
/// text as the model saw it, its garble against the reference (per part) and the grades of
/// its transcript. A failing form is recorded as an error and the rest completes.
public struct StudyRunner: Sendable {
    public var jobs: Int
    public var normalization: Normalization = .standard
    /// Called with a short line as work proceeds (for a progress display).
    public var progress: @Sendable (String) -> Void = { _ in }
    /// Where input texts already read are kept across runs; nil reads every input afresh.
    public var cache: (any InputTextCache)? = nil
    let ocr: OCRAccess

    /// `ocr` is used only for images and OCR'd PDFs; its error is recorded where one is met.
    public init(ocr: OCRAccess, jobs: Int = 2) {
        self.ocr = ocr
        self.jobs = max(1, jobs)
    }

    /// A study prepared for its forms: reference and expected answers.
    struct Prepared: Sendable {
        var manifest: StudyManifest
        var study: StudyResults.Study
        var reference: PreparedReference?
        var referenceHasFormulas: Bool
        var partIDs: [String]
        var expected: [String: Answer?]
        var tolerances: [String: Double] = [:]
        var hints: [String]
        var questions: QuestionMatch? = nil
        /// Forms still running (set when its forms are queued).
        var formsLeft = 0
    }

    /// Runs every manifest; studies keep the given order, forms the manifest's order.
    public func run(manifests: [StudyManifest]) async -> StudyResults {
        var studies: [StudyResults.Study?] = Array(repeating: nil, count: manifests.count)
        await run(manifests: manifests) { index, study in studies[index] = study }
        return StudyResults(studies: studies.compactMap { $0 })
    }

    /// Runs every manifest and hands each study to `finished` as soon as all its forms are
    /// done (in completion order, with its index in `manifests`), so a caller can store it
    /// before the next one ends. At most `jobs` references or forms are read at once;
    /// forms of studies already started go before the next study's reference.
    public func run(manifests: [StudyManifest], finished: (Int, StudyResults.Study) async -> Void) async {
        enum Work: Sendable {
            case prepare(Int)
            case form(Int, Int)
        }
        enum Outcome: Sendable {
            case prepared(Int, Prepared)
            case form(Int, Int, StudyResults.Form)
        }
        let inputs = InputReads()
        var reader = CandidateReader(ocr: ocr)
        reader.jobs = jobs
        reader.cache = cache
        let readerCopy = reader
        var prepared: [Int: Prepared] = [:]
        var nextStudy = 0
        var formQueue: [(Int, Int)] = []
        let total = manifests.reduce(0) { $0 + $1.forms.count }
        var done = 0
        await withTaskGroup(of: Outcome.self) { group in
            var running = 0
            func nextWork() -> Work? {
                if !formQueue.isEmpty { let (s, f) = formQueue.removeFirst(); return .form(s, f) }
                if nextStudy < manifests.count { nextStudy += 1; return .prepare(nextStudy - 1) }
                return nil
            }
            func add(_ work: Work) {
                running += 1
                switch work {
                case .prepare(let index):
                    let manifest = manifests[index]
                    progress("\(manifest.name): reading the reference")
                    group.addTask { .prepared(index, await self.prepare(manifest)) }
                case .form(let studyIndex, let formIndex):
                    let study = prepared[studyIndex]!
                    group.addTask {
                        let form = await self.runForm(study.manifest.forms[formIndex], of: study, reader: readerCopy, inputs: inputs)
                        return .form(studyIndex, formIndex, form)
                    }
                }
            }
            while running < jobs, let work = nextWork() { add(work) }
            while let outcome = await group.next() {
                running -= 1
                switch outcome {
                case .prepared(let index, var study):
                    if study.manifest.forms.isEmpty {
                        await finished(index, study.study)
                    } else {
                        study.formsLeft = study.manifest.forms.count
                        prepared[index] = study
                        formQueue.append(contentsOf: study.manifest.forms.indices.map { (index, $0) })
                    }
                case .form(let studyIndex, let formIndex, let form):
                    prepared[studyIndex]!.study.forms[formIndex] = form
                    done += 1
                    progress("[\(done)/\(total)] \(manifests[studyIndex].name) / \(form.name)")
                    prepared[studyIndex]!.formsLeft -= 1
                    if prepared[studyIndex]!.formsLeft == 0 {
                        let study = prepared.removeValue(forKey: studyIndex)!.study
                        await inputs.forget(study.forms.flatMap(\.inputs).map(manifests[studyIndex].resolve))
                        await finished(studyIndex, study)
                    }
                }
                while running < jobs, let work = nextWork() { add(work) }
            }
        }
    }

    /// Reads the reference and computes the expected answers.
    func prepare(_ manifest: StudyManifest) async -> Prepared {
        var study = StudyResults.Study(
            name: manifest.name, title: manifest.title, referenceKind: manifest.source != nil ? .source : .pdfText,
            reference: manifest.source ?? manifest.pdf ?? "", key: manifest.key, parts: [],
            forms: manifest.forms.map { placeholder($0) }, errors: [], warnings: manifest.warnings)
        var result = Prepared(manifest: manifest, study: study, reference: nil, referenceHasFormulas: false, partIDs: [], expected: [:], hints: [])
        var problemReader = ProblemReader(ocr: ocr)
        problemReader.jobs = jobs
        let document: ProblemDocument
        do {
            if let source = manifest.source {
                let text = try SourceReader.read(path: manifest.resolve(source))
                result.reference = try PreparedReference(GarbleReference(source: text), normalization: normalization)
                result.referenceHasFormulas = !text.formulas.isEmpty
                document = try await problemReader.read(manifest.resolve(source))
            } else {
                let path = manifest.resolve(manifest.pdf ?? "")
                let texts = try await problemReader.texts(of: path)
                let reference = GarbleReference(name: path, problemText: texts.cleaned)
                result.reference = try PreparedReference(reference, normalization: normalization)
                document = ProblemDocument(file: path, texts: texts)
            }
        } catch {
            study.errors.append(relative(Self.message(error), manifest))
            result.study = study
            return result
        }
        var key: AnswerKey? = nil
        if let keyPath = manifest.key {
            let path = manifest.resolve(keyPath)
            if !FileManager.default.fileExists(atPath: path) {
                study.warnings.append("\(keyPath): no such key; expected answers come from recognition alone")
                study.key = nil
            } else {
                do {
                    key = try AnswerKey.load(path: path)
                } catch {
                    study.errors.append(relative(Self.message(error), manifest))
                }
            }
        }
        let resolved = AnswerResolver.resolve(parts: document.partStatements, key: key)
        result.partIDs = resolved.map(\.partID)
        var units: [String: String] = [:]
        for item in resolved {
            result.expected[item.partID] = item.answer
            if let tolerance = item.tolerance { result.tolerances[item.partID] = tolerance }
            if let unit = item.unit { units[item.partID] = unit }
        }
        study.parts = resolved.map { StudyResults.ExpectedPart(id: $0.partID, expected: $0.answer?.description, source: $0.source) }
        result.hints = document.transcriptHints
        result.questions = document.questionMatch(partIDs: result.partIDs, keyUnits: units)
        result.study = study
        return result
    }

    func placeholder(_ form: StudyManifest.Form) -> StudyResults.Form {
        StudyResults.Form(name: form.name, inputs: form.inputs, transcript: form.transcript, inputForm: nil, error: nil, cer: nil,
                          formulaCER: nil, wordErrorRate: nil, symbolsLost: nil, formulasVanished: nil, events: [], counts: VerdictCounts([]), parts: [])
    }

    /// One form: input text, garble, grades.
    func runForm(_ form: StudyManifest.Form, of study: Prepared, reader: CandidateReader, inputs: InputReads) async -> StudyResults.Form {
        var result = placeholder(form)
        let manifest = study.manifest
        var errors: [String] = []
        if !study.study.errors.isEmpty && study.reference == nil {
            result.error = "the study's reference could not be read"
            return result
        }
        // The input as the model saw it.
        var report: GarbleReport? = nil
        do {
            var pieces: [GarbleCandidate] = []
            for input in form.inputs {
                pieces.append(try await inputs.read(manifest.resolve(input), reader: reader))
            }
            // Text plus images shows the problem set twice: the garble is that of the text the
            // model read (the images are measured in a screenshot form of their own).
            let textPieces = pieces.filter { !$0.form.isRecognized }
            let measured = textPieces.isEmpty || textPieces.count == pieces.count ? pieces : textPieces
            let candidate = GarbleCandidate(name: form.inputs.joined(separator: "+"), form: InputForm(pieces.flatMap(\.form.readings)),
                                            text: measured.map(\.text).joined(separator: "\u{0C}"))
            result.inputForm = candidate.form
            if let reference = study.reference {
                report = await GarbleAnalyzer.analyze(candidate, against: reference)
            }
        } catch {
            errors.append(relative(Self.message(error), manifest))
        }
        if let report {
            result.cer = Rounding.six(report.characters.rate)
            result.wordErrorRate = Rounding.six(report.words.rate)
            result.formulaCER = study.referenceHasFormulas ? Rounding.six(report.formula.formulaCER) : nil
            result.formulasVanished = study.referenceHasFormulas ? report.formula.vanished : nil
            result.symbolsLost = report.symbols.reduce(0) { $0 + $1.total - $1.survived }
            result.events = report.events.filter { $0.count > 0 }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind.rawValue < $1.kind.rawValue }
                .map { StudyResults.EventCount(kind: $0.kind.rawValue, count: $0.count) }
        }
        // The transcript, graded.
        var verdicts: [String: Verdict] = [:]
        if let transcriptPath = form.transcript {
            do {
                let path = manifest.resolve(transcriptPath)
                let transcript = try await TranscriptFile.read(path, conversation: form.conversation, hints: study.hints)
                guard transcript.turns.contains(where: { $0.role == .assistant }) else { throw GradeError.noAssistant(file: path) }
                for verdict in Grader.grade(transcript: transcript, expected: study.expected, partIDs: study.partIDs, tolerances: study.tolerances,
                                                  questions: study.questions) {
                    verdicts[verdict.part] = verdict
                }
            } catch {
                errors.append(relative(Self.message(error), manifest))
            }
        } else {
            errors.append("form '\(form.name)' has no transcript")
        }
        var regions: [String: RegionMeasure] = [:]
        for region in report?.regions ?? [] where regions[region.id] == nil { regions[region.id] = region }
        result.parts = study.partIDs.map { id in
            let verdict = verdicts[id]
            let region = regions[id]
            let expected = (study.expected[id] ?? nil)?.description
            return StudyResults.PartResult(
                id: id, verdict: verdict?.kind, extracted: verdict?.extracted?.description, expected: expected,
                evidence: verdict?.evidence, place: verdict?.place, diagnosis: verdict?.diagnosis,
                cer: region.map { Rounding.six($0.cer) },
                formulaCER: region.flatMap { study.referenceHasFormulas && $0.formulaCharacters > 0 ? Rounding.six($0.formulaCER) : nil },
                events: region.flatMap { $0.events.isEmpty ? nil : $0.events })
        }
        result.counts = VerdictCounts(result.parts.compactMap(\.verdict))
        if !errors.isEmpty { result.error = errors.joined(separator: "; ") }
        return result
    }

    static func message(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// Error messages name files relative to the study folder, so results do not depend on where it lies.
    func relative(_ message: String, _ manifest: StudyManifest) -> String {
        message.replacingOccurrences(of: manifest.folder + "/", with: "")
    }
}

/// Reads each input once, however many forms of a study share it (screenshots OCR'd once).
actor InputReads {
    private var tasks: [String: Task<GarbleCandidate, any Error>] = [:]

    /// Drops the texts of a finished study's inputs, so memory does not grow with the run.
    func forget(_ paths: [String]) {
        for path in paths { tasks[path] = nil }
    }

    func read(_ path: String, reader: CandidateReader) async throws -> GarbleCandidate {
        if let task = tasks[path] { return try await task.value }
        let task = Task { try await reader.read(path) }
        tasks[path] = task
        return try await task.value
    }
}
