import Problems
import Testing

@Suite struct TextRepairsTests {
    @Test func ligaturesAndHyphenationAreRepairedAndCounted() {
        var counts: [String: Int] = [:]
        let text = TextRepairs.apply("the \u{FB01}nal e\u{FB00}ect of a convo-\nlution layer\nMean-\nField stays", counts: &counts)
        #expect(text == "the final effect of a convolution\nlayer\nMean-\nField stays")
        #expect(counts[TextRepairs.ligature] == 2)
        #expect(counts[TextRepairs.hyphenation] == 1)
    }
}
