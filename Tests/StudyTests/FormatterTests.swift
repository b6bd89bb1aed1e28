import Files
import Foundation
import Grade
import Results
import Solve
import Testing
@testable import Study

@Suite("Results formatters")
struct FormatterTests {
    static func sample() -> StudyResults {
        func part(_ id: String, _ verdict: Verdict.Kind?, cer: Double?) -> StudyResults.PartResult {
            StudyResults.PartResult(id: id, verdict: verdict, extracted: verdict == nil ? nil : "1, 2", expected: "\"x\"",
                                    evidence: "<b>&</b>", place: "line 1", diagnosis: nil, cer: cer, formulaCER: cer, events: nil)
        }
        func form(_ name: String, _ verdicts: [Verdict.Kind?]) -> StudyResults.Form {
            StudyResults.Form(name: name, inputs: ["a.txt"], transcript: "t.md", inputForm: InputForm(.text), error: nil, cer: 0.1234567,
                              formulaCER: 0.5, wordErrorRate: 0.2, symbolsLost: 3, formulasVanished: 0,
                              events: [.init(kind: "flattenedScript", count: 2)], counts: VerdictCounts(verdicts.compactMap { $0 }),
                              parts: verdicts.enumerated().map { part("p\($0.offset)", $0.element, cer: Double($0.offset) / 10) })
        }
        let study = StudyResults.Study(
            name: "s", title: "S", referenceKind: .source, reference: "s.tex", key: nil,
            parts: (0..<4).map { .init(id: "p\($0)", expected: "\"x\"", source: .key) },
            forms: [form("a", [.correct, .correct, .incorrect, .ungraded]), form("b", [.incorrect, .correct, .correct, .correct])],
            errors: [], warnings: [])
        return StudyResults(studies: [study])
    }

    @Test func jsonIsVersionedAndRoundTrips() throws {
        let data = try ResultsJSONFormatter.format(Self.sample())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let decoded = try JSONDecoder().decode(StudyResults.self, from: data)
        #expect(decoded == Self.sample())
        #expect(try ResultsJSONFormatter.format(decoded) == data)
    }

    @Test func csvQuotesAndHasOneRowPerPart() {
        let csv = ResultsCSVFormatter.format(Self.sample())
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == 1 + 8)
        #expect(rows[0] == "study,form,part,verdict,extracted,expected,part_cer,part_formula_cer,form_cer,form_formula_cer")
        #expect(rows[1] == "s,a,p0,correct,\"1, 2\",\"\"\"x\"\"\",0,0,0.123457,0.5")
    }

    @Test func pairedComparison() {
        let study = Self.sample().studies[0]
        let pairs = PairedComparison.all(study)
        #expect(pairs.count == 1)
        // p3 is ungraded in a: 3 pairs; p0 correct → incorrect, p2 incorrect → correct.
        #expect(pairs[0].pairs == 3)
        #expect(pairs[0].correctToIncorrect == 1)
        #expect(pairs[0].incorrectToCorrect == 1)
        #expect(pairs[0].pValue == 1)
    }

    @Test func htmlIsSelfContained() {
        let html = ReportHTMLFormatter.format(Self.sample())
        #expect(html.contains("<table class=\"grid\">"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<details>"))
        #expect(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"))
        #expect(!html.contains("<b>&</b>"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)  // only the SVG namespace
        #expect(!html.contains("https://"))
        #expect(html.contains("McNemar"))
        #expect(ReportHTMLFormatter.format(Self.sample()) == html)
    }

    @Test func markdownHasSummaryAndGrid() {
        let md = ReportMarkdownFormatter.format(Self.sample())
        #expect(md.contains("| form | input | CER | formula CER | symbols lost | top garble events | accuracy | missing | error |"))
        #expect(md.contains("| p0 | \"x\" | ✓ correct | ✗ incorrect |"))
        #expect(md.contains("2/3 (67 %)"))
    }

    @Test func rounding() {
        #expect(Rounding.six(0.1234565) == 0.123457 || Rounding.six(0.1234565) == 0.123456)
        #expect(Rounding.text(1) == "1")
        #expect(Rounding.text(0.25) == "0.25")
        #expect(Rounding.text(nil) == "")
        #expect(Rounding.six(.nan) == 0)
    }
}
