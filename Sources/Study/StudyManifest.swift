import Files
import Foundation
import Yams

/// A study: one problem set, the input forms a model saw it in, and a transcript per form.
///
/// ```yaml
/// title: "Homework 3"
/// source: homework.tex     # optional: LaTeX or Markdown source
/// pdf: homework.pdf
/// key: key.yaml            # optional answer key
/// forms:
///   pasted:   {input: forms/pasted.txt, transcript: transcripts/pasted.md}
///   screenshot:
///     input: [forms/page-1.png, forms/page-2.png]
///     transcript: transcripts/screenshot.pdf
///     conversation: "0"    # optional: which conversation of an export
/// ```
/// Paths are relative to the manifest's folder; forms keep the manifest's order.
public struct StudyManifest: Sendable, Equatable {
    /// One input form.
    public struct Form: Sendable, Equatable {
        public var name: String
        /// Inputs as written in the manifest (relative), in order.
        public var inputs: [String]
        public var transcript: String?
        public var conversation: String?
    }

    /// The manifest file.
    public var path: String
    /// The folder paths are relative to.
    public var folder: String
    /// The study's name: its folder's name.
    public var name: String
    public var title: String
    public var source: String?
    public var pdf: String?
    public var key: String?
    public var forms: [Form]
    /// Problems that do not stop the study (unknown keys), reported with its results.
    public var warnings: [String] = []

    /// A manifest path made absolute (relative to the manifest's folder).
    public func resolve(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : URL(fileURLWithPath: folder).appendingPathComponent(relative).standardizedFileURL.path
    }

    public static func load(path: String) throws(StudyError) -> StudyManifest {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try infer(folder: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableManifest(path: path, detail: "no such file or not readable") }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadableManifest(path: path, detail: "not utf-8 text") }
        return try parse(text, path: path)
    }

    public static func parse(_ yaml: String, path: String) throws(StudyError) -> StudyManifest {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            // Yams' message spans lines (the text and a caret under it) and starts with the
            // position where parsing stopped (often the end): the problem is the rest of line one.
            var first = "\(error)".split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if let range = first.range(of: "error: ") { first = String(first[range.upperBound...]) }
            throw .badManifest(path: path, detail: "not valid YAML: \(first)")
        }
        guard let root = node?.mapping else { throw .badManifest(path: path, detail: "expected a mapping at the top") }
        func string(_ key: String) -> String? { root[Node(key)]?.string.flatMap { $0.isEmpty ? nil : $0 } }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folderURL = url.deletingLastPathComponent()
        var manifest = StudyManifest(
            path: url.path, folder: folderURL.path, name: folderURL.lastPathComponent,
            title: string("title") ?? folderURL.lastPathComponent, source: string("source"), pdf: string("pdf"), key: string("key"),
            forms: [])
        if manifest.source == nil && manifest.pdf == nil { throw .badManifest(path: path, detail: "needs 'source' or 'pdf'") }
        guard let forms = root["forms"]?.mapping else { throw .badManifest(path: path, detail: "needs 'forms': a mapping of form names") }
        let knownKeys: Set<String> = ["title", "source", "pdf", "key", "forms"]
        for key in root.keys.compactMap(\.string) where !knownKeys.contains(key) {
            manifest.warnings.append("study.yaml: unknown key '\(key)' (known: title, source, pdf, key, forms)")
        }
        for (nameNode, value) in forms {
            guard let name = nameNode.string else { continue }
            if manifest.forms.contains(where: { $0.name == name }) { throw .badManifest(path: path, detail: "form '\(name)' appears twice") }
            var form = Form(name: name, inputs: [], transcript: nil, conversation: nil)
            if let mapping = value.mapping {
                if let input = mapping["input"] {
                    if let list = input.sequence {
                        form.inputs = list.compactMap(\.string)
                    } else if let single = input.string {
                        form.inputs = [single]
                    }
                }
                form.transcript = mapping["transcript"]?.string
                form.conversation = mapping["conversation"]?.string
                for key in mapping.keys.compactMap(\.string) where !["input", "transcript", "conversation"].contains(key) {
                    manifest.warnings.append("study.yaml: form '\(name)': unknown key '\(key)' (known: input, transcript, conversation)")
                }
            } else if let single = value.string {
                form.inputs = [single]
            }
            if form.inputs.isEmpty { throw .badManifest(path: path, detail: "form '\(name)' has no input") }
            manifest.forms.append(form)
        }
        if manifest.forms.isEmpty { throw .badManifest(path: path, detail: "no forms") }
        return manifest
    }

    /// The manifests a command-line PATH names: a study folder (with study.yaml), a
    /// study.yaml, or a folder of study folders (each subfolder with a study.yaml), sorted.
    public static func discover(_ path: String) throws(StudyError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if !isDirectory.boolValue { return [URL(fileURLWithPath: path).standardizedFileURL.path] }
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let own = folder.appendingPathComponent("study.yaml")
        if FileManager.default.fileExists(atPath: own.path) { return [own.path] }
        if followsConvention(folder.path) { return [folder.path] }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let found = children.compactMap { child -> String? in
            let sub = folder.appendingPathComponent(child)
            let manifest = sub.appendingPathComponent("study.yaml").path
            if FileManager.default.fileExists(atPath: manifest) { return manifest }
            return followsConvention(sub.path) ? sub.path : nil
        }
        if found.isEmpty { throw .noStudies(path: path) }
        return found
    }
}

extension StudyManifest {
    /// A folder laid out by convention needs no manifest: a PDF (and optionally a `.tex` or
    /// `.md` source and a `key.yaml`) at the top, `transcripts/NAME.*` per form, and the
    /// form's inputs in `forms/` named `NAME.*` or `NAME-*.*` (a form named `pdf` with no
    /// such file is the PDF itself).
    static func followsConvention(_ folder: String) -> Bool {
        let manager = FileManager.default
        let top = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        var isDirectory: ObjCBool = false
        let transcripts = (folder as NSString).appendingPathComponent("transcripts")
        return top.contains { InputKind.claimed(by: $0) == .pdf }
            && manager.fileExists(atPath: transcripts, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The manifest a conventional folder implies.
    public static func infer(folder: String) throws(StudyError) -> StudyManifest {
        let manager = FileManager.default
        guard followsConvention(folder) else { throw .noStudies(path: folder) }
        let top = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let pdf = top.first { InputKind.claimed(by: $0) == .pdf }
        let source = top.first { name in InputKind.isSource(name) && !name.lowercased().hasPrefix("readme") }
        let key = top.contains("key.yaml") ? "key.yaml" : nil
        let inputs = ((try? manager.contentsOfDirectory(atPath: (folder as NSString).appendingPathComponent("forms"))) ?? []).sorted()
        let transcripts = ((try? manager.contentsOfDirectory(atPath: (folder as NSString).appendingPathComponent("transcripts"))) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "labels.yaml" && InputKind.claimed(by: $0) != .latex }
        var forms: [Form] = []
        for transcript in transcripts {
            let name = (transcript as NSString).deletingPathExtension
            guard !forms.contains(where: { $0.name == name }) else { continue }
            var files = inputs.filter { ($0 as NSString).deletingPathExtension == name || $0.hasPrefix(name + "-") }.map { "forms/" + $0 }
            if files.isEmpty, name == "pdf", let pdf { files = [pdf] }
            guard !files.isEmpty else { continue }
            forms.append(Form(name: name, inputs: files, transcript: "transcripts/" + transcript, conversation: nil))
        }
        if forms.isEmpty {
            throw .badManifest(path: folder, detail: "no forms: each transcripts/NAME.* needs its input in forms/NAME.* (or a study.yaml)")
        }
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        return StudyManifest(
            path: url.path, folder: url.path, name: url.lastPathComponent, title: url.lastPathComponent, source: source,
            pdf: pdf, key: key, forms: forms)
    }

    /// A commented manifest to start a study with (`hwlens init`).
    public static let template = """
        # A study: one problem set, the input forms a model saw it in, and a transcript per form.
        # Paths are relative to this file. See the README, section "hwlens run".
        title: "Homework title"
        source: homework.tex      # optional: the LaTeX or Markdown source (the reference)
        pdf: homework.pdf         # the PDF (the reference when there is no source)
        key: key.yaml             # optional: answers for parts hwlens cannot compute
        forms:                    # in the order you want them reported
          pasted:                 # text pasted from the PDF into the chat
            input: forms/pasted.txt
            transcript: transcripts/pasted.md
          screenshot:             # screenshots only: a list is read in order
            input: [forms/page-1.png, forms/page-2.png]
            transcript: transcripts/screenshot.md
          pdf:                    # the PDF uploaded as a file
            input: homework.pdf
            transcript: transcripts/pdf.json
            conversation: "0"     # optional: which conversation of an export (title or index)

        """
}
