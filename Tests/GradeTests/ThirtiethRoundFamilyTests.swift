import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirtieth round of independent corpora (`final49/`), each on an
/// example written here.
@Suite("Thirtieth-round families")
struct ThirtiethRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    static func list(_ text: String) -> [Double]? {
        let items: [AnswerValue]
        switch AnswerGrammar.read(text, expecting: .sequence) {
        case .value(.sequence(let list)): items = list
        case .value(let one): items = [one]
        default: return nil
        }
        return items.map { item -> Double? in
            if case .number(let number) = item { return number.value }
            return nil
        }.reduce(into: [Double]?([])) { list, value in
            if let value { list?.append(value) } else { list = nil }
        }
    }

    @Test func thousandsSeparatorsInsideAListAreNoItemBreaks() {
        // Spaced commas or semicolons separate the items; the comma inside each is a thousands separator.
        #expect(Self.list("$2,400, $1,800, $1,200") == [2400, 1800, 1200])
        #expect(Self.list("7,500; 5,000; 2,500; 1,250") == [7500, 5000, 2500, 1250])
        #expect(Self.list("(1,250, 3,075)") == [1250, 3075])
        // Numbers between spaced slashes, where a list is expected, are items.
        #expect(Self.list("4,500 / 3,000 / 1,500") == [4500, 3000, 1500])
        // A group starting with a zero is never an item of its own: one number is no list.
        #expect(Self.list("$6,000") == nil)
        #expect(Self.list("3,045") == nil)
        // Without another separator, unspaced commas still separate items.
        #expect(Self.list("1,200,300") == [1, 200, 300])
        // Prose after a separated list ends it: the range of the periods is no item.
        #expect(Self.list("$900, $600, $300 for months 1–3") == [900, 600, 300])
        // Spaced slashes between only two numbers stay a division.
        #expect(Self.list("4,500 / 3,000") != [4500, 3000])
    }

    @Test func aScheduleGivenPeriodByPeriodIsOneList() {
        let questions = ["2c": "Give the interest paid in each of months 1–3."]
        let numbered = Self.grade("""
            Assistant: **2(c)** The balance falls each month:

            1. Month 1: 0.01 × 12,000 = $120
            2. Month 2: 0.01 × 8,000 = $80
            3. Month 3: 0.01 × 4,000 = $40

            (Together that is $240.)
            """, ["2c": .vector([120, 80, 40])], questions: questions)
        #expect(numbered["2c"]?.kind == .correct, "\(String(describing: numbered["2c"]))")
        let inline = Self.grade("""
            Assistant: **2(c)** Month 1 = 1,200; month 2 = 1,100; month 3 = 1,000.
            """, ["2c": .vector([1200, 1100, 1000])], questions: questions)
        #expect(inline["2c"]?.kind == .correct, "\(String(describing: inline["2c"]))")
        let table = Self.grade("""
            Assistant: **2(c)**

            | Month | Rate | Interest |
            |---|---|---|
            | 1 | 1 % | $1,200 |
            | 2 | 1 % | $1,100 |
            | 3 | 1 % | $1,050 |
            """, ["2c": .vector([1200, 1100, 1000])], questions: questions)
        #expect(table["2c"]?.kind == .incorrect, "\(String(describing: table["2c"]))")
    }

    @Test func aSanityCheckSentenceStatesNoAnswer() {
        let verdicts = Self.grade("""
            Assistant: **1(b)** The chance of ending at the top is 3/7 ≈ 0.4286.

            As a sanity check, 3/7 + 4/7 = 1: she ends at the bottom with probability 4/7 and at $7 with probability 3/7.
            """, ["1b": .expression("3/7")], questions: ["1b": "What is the probability of ending at the top?"])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aCombinedLabelGivesEachPartTheQuantityItNames() {
        let questions = ["2a": "Find the tension $T_1$ in the left cable.", "2b": "Find the tension $T_2$ in the right cable."]
        let verdicts = Self.grade("""
            Assistant: ## Problem 2

            (a) and (b) Cable tensions

            Horizontal balance gives $T_2 \\cos 30° = T_1 \\cos 60°$, so $T_2 = 0.577\\,T_1$.

            Vertical balance: $T_1 = 86.6$ N.

            So T_1 = 86.6 N and T_2 = 50 N.
            """, ["2a": .real(RealValue(86.6)), "2b": .integer(50)], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aPartThatDeclaresAnotherPartWrongCorrectsThatPart() {
        let verdicts = Self.grade("""
            Assistant: ### Problem 3

            (a) The spring stores ½kx² = ½(200)(0.3)² = 18 J.

            (b) The block leaves with v = √(2 · 9 / 2) = 3 m/s, which is option **C**.
            Wait — for (b) I used half the energy, which is right only if friction takes half. That means (a) above is wrong: it should be
            ½(200)(0.15)² = **2.25 J**, not 18.
            """, ["3a": .real(RealValue(2.25)), "3b": .choice("C")],
            questions: ["3a": "How much energy does the spring store?", "3b": "Which option gives the speed?"])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func reviewCounterExamplesKeepTheirReadings() {
        // A list and its total after a semicolon; codewords with leading zeros; a grouped
        // number is never cut to its first group.
        #expect(Self.list("0.2, 0.3, 0.5; 1.0 in total") == [0.2, 0.3, 0.5])
        #expect(Self.list("$15,000, $12,000, $9,000; $36,000 total") == [15000, 12000, 9000])
        guard case .value(.set(let codewords)) = AnswerGrammar.read("{000,011,101,110}", expecting: .set) else {
            Issue.record("codewords not read as a set")
            return
        }
        #expect(codewords.count == 4)
        #expect(FinalAnswer.indexedTuple("Year 1: 5/15 × 45,000 = $15,000 (book value $30,000); Year 2: 4/15 × 45,000 = $12,000") == nil)
    }

    @Test func anOptionRuledOutOrACorrectionDeniedMovesNothing() {
        let questions = ["2a": "Which option is right?", "2b": "Find the speed in m/s."]
        let verdicts = Self.grade("""
            Assistant: **2(a)** (A) is incorrect because it ignores friction, so the answer is **(B)**.

            **2(b)** This does not mean (a) was wrong; the speed is **3.2 m/s**.
            """, ["2a": .choice("B"), "2b": .real(RealValue(3.2))], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aCheckSentenceThatRevisesTheAnswerIsRead() {
        let verdicts = Self.grade("""
            Assistant: **1(c)** The probability is 0.42.

            As a quick check, redoing it with exact fractions gives 0.4167, not 0.42, so the answer is **0.4167**.
            """, ["1c": .real(RealValue(0.42))], questions: ["1c": "Find the probability to four decimals."])
        #expect(verdicts["1c"]?.kind != .correct, "\(String(describing: verdicts["1c"]))")
    }

    @Test func aQuestionNumberWithADottedNumeralLabelsItsPart() {
        let questions = ["2i": "What is the reorder point?", "2ii": "What is the safety stock?"]
        let verdicts = Self.grade("""
            User: Q2 please.

            Assistant: **Q2.i** The reorder point is 40 × 5 = **200 units**.

            **Q2.ii** Safety stock = 1.28 × 20 = **25.6 units**.

            User: shouldn't the safety stock use z = 1.645?

            Assistant: Yes, for 95 % service.

            **Corrected Q2.ii: 32.9 units**
            """, ["2i": .integer(200), "2ii": .real(RealValue(25.6))], questions: questions)
        #expect(verdicts["2i"]?.kind == .correct, "\(String(describing: verdicts["2i"]))")
        #expect(verdicts["2ii"]?.kind == .incorrect, "\(String(describing: verdicts["2ii"]))")
    }

    @Test func aProblemsRecapWithOneStretchPerPartBetweenMiddleDots() {
        let questions = ["4a": "Find the total pressure.", "4b": "Find the mole fraction of argon."]
        let verdicts = Self.grade("""
            Assistant: **Problem 4**

            (a) The total pressure is **250 kPa**.

            (b) The mole fraction of argon is **0.40**.

            **Summary**
            - 4: 250 kPa · 0.45
            """, ["4a": .integer(250), "4b": .real(RealValue(0.4))], questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    @Test func aRecapLineOfWorkingOrNamedValuesIsNotSplitByItsDots() {
        func recaps(_ line: String) -> [[String]] {
            let transcript = TranscriptReader.fromText("""
                Assistant: **Problem 5**

                (a) We get **90 kPa**.

                (b) And **120 kPa**.

                **Summary**
                \(line)
                """)
            return PartAttribution(transcript: transcript, partIDs: ["5a", "5b"]).recaps.map { $0.clauses.map(\.text) }
        }
        #expect(recaps("- 5: 90 kPa · 120 kPa") == [["90 kPa", "120 kPa"]])
        // Named values (which may come in another order) and a product written with a middle dot stay whole.
        #expect(recaps("- 5: p_He = 90 kPa · p_Ne = 120 kPa").allSatisfy { $0 != ["p_He = 90 kPa", "p_Ne = 120 kPa"] })
        #expect(recaps("- 5: P = 3 · 40 kPa = 120 kPa").allSatisfy { $0 != ["P = 3", "40 kPa = 120 kPa"] })
    }
}
