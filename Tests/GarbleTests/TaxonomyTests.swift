import Files
import Garble
import Testing

/// Each taxonomy class on a constructed example: a reference with its formula spans
/// (marked with ⟦…⟧ here) and a candidate damaged the way that class describes.
@Suite("Garble taxonomy")
struct TaxonomyTests {
    /// Builds a reference from text in which formulas are written ⟦like this⟧.
    static func reference(_ marked: String, latex: [String] = []) -> GarbleReference {
        var text = ""
        var formulas: [ReferenceFormula] = []
        var start: Int? = nil
        var count = 0
        for character in marked {
            if character == "⟦" {
                start = count
            } else if character == "⟧", let lower = start {
                let id = formulas.count + 1
                let source = id - 1 < latex.count ? latex[id - 1] : "x"
                formulas.append(ReferenceFormula(id: id, start: lower, end: count, latex: source, display: false))
                start = nil
            } else {
                text.append(character)
                count += 1
            }
        }
        return GarbleReference(name: "ref", text: text, formulas: formulas)
    }

    static func analyze(_ marked: String, _ candidate: String, latex: [String] = []) async throws -> GarbleReport {
        try await GarbleAnalyzer.analyze(
            GarbleCandidate(name: "cand", form: InputForm(.text), text: candidate), against: reference(marked, latex: latex),
            keepAlignment: true)
    }

    static func count(_ report: GarbleReport, _ kind: GarbleKind) -> Int {
        report.events.first { $0.kind == kind }?.count ?? 0
    }

    @Test func glyphPassThroughAndFlattenedScripts() async throws {
        let report = try await Self.analyze("so that ⟦y = ∑_{j=1}^n w_j x_j⟧ holds", "so that y = Pn j=1 wj xj holds")
        #expect(Self.count(report, .glyphPassThrough) == 1)
        let example = try #require(report.events.first { $0.kind == .glyphPassThrough }?.examples.first)
        #expect(example.reference == "∑" && example.candidate == "P" && example.formula == 1)
        #expect(Self.count(report, .flattenedScript) == 4)
        #expect(report.confusions.contains { $0.reference == "∑" && $0.candidate == "P" })
        #expect(report.formulas.first?.events.contains(.glyphPassThrough) == true)
    }

    @Test func displayStyleSumIsX() async throws {
        let report = try await Self.analyze("mean ⟦μ = (1/m)∑_{i=1}^m x_i⟧ here", "mean µ = 1 X m xi here")
        #expect(report.events.first { $0.kind == .glyphPassThrough }?.examples.first?.candidate == "X")
    }

    @Test func splitFraction() async throws {
        let report = try await Self.analyze("the gradient ⟦(∂L)/(∂x_i)⟧ is", "the gradient ∂L\n∂xi is")
        #expect(Self.count(report, .splitFraction) == 1)
        #expect(Self.count(report, .reorderedFraction) == 0)
    }

    @Test func reorderedFraction() async throws {
        let report = try await Self.analyze("scale by ⟦1/m⟧ then", "scale by m\n1 then")
        #expect(Self.count(report, .reorderedFraction) == 1)
    }

    @Test func scatteredMatrix() async throws {
        let report = try await Self.analyze(
            "Let ⟦X = [1 2; 3 4]⟧ be the input and go on.", "Let 1 2 X= be the input 3 4 and go on.",
            latex: ["X = \\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}"])
        #expect(Self.count(report, .scatteredMatrix) == 1)
        #expect(report.symbols.first { $0.symbolClass == .matrix }?.survived == 0)
    }

    @Test func vanishedFormula() async throws {
        let report = try await Self.analyze("The mean is ⟦μ_B = (1/m)∑_{i=1}^m x_i⟧ over the batch.", "The mean is over the batch.")
        #expect(Self.count(report, .vanishedFormula) == 1)
        #expect(report.formula.vanished == 1)
        #expect(report.formulas.first?.status == .vanished)
    }

    @Test func lookAlikes() async throws {
        let report = try await Self.analyze("with ⟦μ + γ⟧ and ⟦β⟧", "with w + y and B")
        #expect(Self.count(report, .lookAlike) == 3)
        #expect(report.symbols.first { $0.symbolClass == .greek }.map { ($0.total, $0.survived) } ?? (0, 0) == (3, 0))
    }

    @Test func ligatureAndHyphenation() async throws {
        let ligature = try await Self.analyze("the final coefficient", "the nal coe cient")
        #expect(Self.count(ligature, .ligature) == 2)
        let hyphen = try await Self.analyze("a convolution layer", "a convo- lution layer")
        #expect(Self.count(hyphen, .hyphenation) == 1)
        // A hyphen at a line end is rejoined by normalization: no damage left.
        let rejoined = try await Self.analyze("a convolution layer", "a convo-\nlution layer")
        #expect(rejoined.characters.distance == 0)
    }

    @Test func bigDelimiterPiecesPassThrough() async throws {
        let report = try await Self.analyze("is ⟦[1 2]⟧ ok", "is \u{F8EE}1 2\u{F8F9} ok")
        #expect(Self.count(report, .glyphPassThrough) == 2)
    }

    @Test func formulaAndProseRatesByHand() async throws {
        // Reference: "ab ⟦x_i⟧ cd" — prose "ab  cd" (6 characters with both spaces), formula "x_i" (3).
        let report = try await Self.analyze("ab ⟦x_i⟧ cd", "ab xi cx")
        #expect(report.formula.formulaCharacters == 3)
        #expect(report.formula.formulaErrors == 1)
        #expect(abs(report.formula.formulaCER - 1.0 / 3) < 1e-9)
        #expect(report.formula.proseCharacters == 6)
        #expect(report.formula.proseErrors == 1)
        #expect(report.characters.distance == 2)
        #expect(abs(report.characters.rate - 2.0 / 9) < 1e-9)
        #expect(report.symbols.first { $0.symbolClass == .script }.map { ($0.total, $0.survived) } ?? (0, 0) == (1, 0))
    }

    @Test func regionsAreMeasuredOnTheirOwn() async throws {
        var reference = Self.reference("(a) clean words here\n(b) the sum ⟦∑_i x_i⟧ ends")
        let text = Array(reference.text)
        let split = text.firstIndex(of: "\n")!
        reference.regions = [ReferenceRegion(id: "1a", start: 0, end: split), ReferenceRegion(id: "1b", start: split + 1, end: text.count)]
        let report = try await GarbleAnalyzer.analyze(GarbleCandidate(name: "c", form: InputForm(.pdfText), text: "(a) clean words here (b) the sum P i xi ends"), against: reference)
        #expect(report.regions.map(\.id) == ["1a", "1b"])
        #expect(report.regions[0].errors == 0 && report.regions[0].cer == 0)
        #expect(report.regions[1].errors == report.characters.distance)
        #expect(report.regions[1].formulaCharacters == 7)
        #expect(report.regions[1].events["glyphPassThrough"] == 1)
    }

    @Test func identicalTextIsPerfect() async throws {
        let report = try await Self.analyze("all ⟦x^2 + y^2 = 1⟧ good", "all x^2 + y^2 = 1 good")
        #expect(report.characters.distance == 0 && report.words.distance == 0)
        #expect(report.events.isEmpty)
        #expect(report.formula.intact == 1)
    }

    @Test func emptyReferenceIsAnError() async {
        await #expect(throws: GarbleError.emptyReference(path: "ref")) {
            try await GarbleAnalyzer.analyze(GarbleCandidate(name: "c", form: InputForm(.text), text: "abc"), against: GarbleReference(name: "ref", text: " \n ", formulas: []))
        }
    }
}
