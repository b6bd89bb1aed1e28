import Garble
import Testing

@Suite struct NormalizationTests {
    static func apply(_ spec: String, _ text: String) throws -> String {
        String(try Normalization(parsing: spec).apply(text).characters)
    }

    @Test func eachStep() throws {
        #expect(try Self.apply("nfc", "e\u{0301}") == "\u{00E9}")
        #expect(try Self.apply("nfkc", "x\u{00B2}") == "x2")
        #expect(try Self.apply("ligatures", "\u{FB01}nal") == "final")
        #expect(try Self.apply("micro-sign", "\u{00B5}B") == "\u{03BC}B")
        #expect(try Self.apply("minus", "a \u{2212} b") == "a - b")
        #expect(try Self.apply("dashes", "a \u{2014} b") == "a - b")
        #expect(try Self.apply("quotes", "\u{201C}x\u{201D} \u{2019}") == "\"x\" '")
        #expect(try Self.apply("hyphenation", "convo-\nlution") == "convolution")
        #expect(try Self.apply("hyphenation", "Mean-\nField") == "Mean-\nField")
        #expect(try Self.apply("whitespace", "  a \n\n\u{0C} b\t ") == "a b")
    }

    /// The damage the tool measures must survive the default normalization.
    @Test func standardKeepsDamageThatMatters() throws {
        #expect(try Self.apply("standard", "P") == "P")
        #expect(try Self.apply("standard", "∑") == "∑")
        #expect(try Self.apply("standard", "x_i") == "x_i")
        #expect(try Self.apply("standard", "—") == "—")
        #expect(try Self.apply("standard", "x\u{00B2}") == "x\u{00B2}")
        #expect(try Self.apply("standard", "w") == "w")
    }

    @Test func originsPointBackIntoTheInput() {
        let normalized = Normalization.standard.apply("a  \u{FB01}\nb")
        #expect(String(normalized.characters) == "a fi b")
        #expect(normalized.origin == [0, 1, 3, 3, 4, 5])
    }

    @Test func parsing() throws {
        #expect(try Normalization(parsing: "standard,-quotes,+dashes").steps == Normalization.standard.steps.subtracting([.quotes]).union([.dashes]))
        #expect(try Normalization(parsing: "none").steps.isEmpty)
        #expect(throws: GarbleError.unknownNormalization("bogus")) { try Normalization(parsing: "nfc,bogus") }
    }
}

@Suite struct WordSegmenterTests {
    static func words(_ text: String) -> [String] {
        let characters = Array(text)
        return WordSegmenter.words(characters).map { String(characters[$0]) }
    }

    @Test func ordinaryProse() {
        #expect(Self.words("Don't stop, e.g. at 3.14 or 12,800!") == ["Don't", "stop", "e.g", "at", "3.14", "or", "12,800"])
        #expect(Self.words("vectors:a k:a, x: y") == ["vectors:a", "k:a", "x", "y"])
    }

    @Test func mathSymbolsAreWords() {
        #expect(Self.words("y = ∑_{j=1}^n w_j + b") == ["y", "=", "∑", "_", "j", "=", "1", "^", "n", "w_j", "+", "b"])
        #expect(Self.words("μ_B ∈ ℝ") == ["μ_B", "∈", "ℝ"])
    }
}
