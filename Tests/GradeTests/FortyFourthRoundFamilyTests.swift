import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in session 44's held-out runs and in the known misses of `grading/final83`,
/// each tested on transcripts written for these tests.
@Suite("Grading families, forty-fourth round")
struct FortyFourthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    /// "**12** comparisons (13 if you also count the final check)": a second value offered in
    /// parentheses under a reading of the question leaves the part unclear; a parenthetical that
    /// restates the same value, or names a setting's value, does not.
    @Test func aValueOfferedInParenthesesUnderAReadingIsUnclear() {
        let verdicts = Self.grade("""
            User: parts a-d

            Assistant:
            (a) The heap has height ⌊log₂ 100⌋ = **6** levels below the root (7 if your textbook counts the root as a level).
            (b) The dose interval is **8 h** (0.33 days if you prefer days).
            (c) Sift-down takes at most **12** comparisons (13 when one counts the final comparison with an empty child).
            (d) The mean wait is W = 1/(μ − λ) = **0.5 h** (30 min if you want minutes).
            """, ["1a": .integer(6), "1b": .real(RealValue(8)), "1c": .integer(12), "1d": .real(RealValue(0.5))])
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
        // (A unit's other name for the same value is no alternative.)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
    }

    /// "So revenue ≈ $270–$300": a range where one number is asked for offers two values; a
    /// quantity of a range kind ("between 2 and 3 hours" asked as an interval) is not at issue.
    @Test func aRangeForOneNumberIsUnclear() {
        let verdicts = Self.grade("""
            User: questions 2a and 2b

            Assistant:
            (a) With Q = 40 the price is P = 100 − 40 = **$60**.
            (b) Sales fall to 52, so the tax revenue ≈ \\$260–\\$300 per week.
            (c) The elimination half-life is t½ = 0.693/k ≈ **4–5 h**.
            """, ["2a": .real(RealValue(60)), "2b": .real(RealValue(260)), "2c": .real(RealValue(4.6))])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        for id in ["2b", "2c"] {
            #expect(verdicts[id]?.kind == .unclear, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    static let queueQuestions = [
        "3a": "Find the utilization ρ of the server.",
        "3b": "Find the mean number in the system L.",
        "3c": "Find the mean time a customer waits in the queue, in minutes.",
        "3d": "Find the probability that the system is empty.",
    ]
    static let queueKey: [String: Answer] = ["3a": .real(RealValue(0.8)), "3b": .integer(4), "3c": .integer(16), "3d": .real(RealValue(0.2))]

    static func queueReply(recap: [String], lead: String = "Summary:", blank: Bool = true) -> String {
        """
        User: problem 3 please (parts a-d)

        Assistant:
        (a) ρ = λ/μ = 12/15 = **0.8**
        (b) L = ρ/(1 − ρ) = **4** customers
        (c) W_q = ρ/(μ − λ) = 0.8/3 h ≈ **16 min**
        (d) P₀ = 1 − ρ = **0.2**

        \(lead)\(blank ? "\n" : "")
        \(recap.joined(separator: "\n"))
        """
    }

    /// A recap list with one unlabelled line per part of the problem, in the parts' order ("-
    /// ρ = 0.8", "- Queue wait ≈ 12 min", …): each line recaps its part, so a line that disagrees
    /// with the body leaves that part unclear. Only when the lines are as many as the parts and
    /// every line a question names sits at its own part's place.
    @Test func aRecapListInThePartsOrderRecapsEachPart() {
        let disagreeing = ["- ρ = 0.8", "- L = 4", "- 12 min", "- P(empty) = 0.2"]
        var verdicts = Self.grade(Self.queueReply(recap: disagreeing), Self.queueKey, questions: Self.queueQuestions)
        #expect(verdicts["3c"]?.kind == .unclear, "\(String(describing: verdicts["3c"]))")
        for id in ["3a", "3b", "3d"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
        // (Lines in the same paragraph as the lead, as a printed chat gives them.)
        verdicts = Self.grade(Self.queueReply(recap: ["Utilization 0.8", "Number in system 4", "Wq ≈ 12 min", "Empty 0.2"],
                                              lead: "Quick reference for Problem 3", blank: false), Self.queueKey, questions: Self.queueQuestions)
        #expect(verdicts["3c"]?.kind == .unclear, "\(String(describing: verdicts["3c"]))")
        // (An agreeing recap changes nothing.)
        verdicts = Self.grade(Self.queueReply(recap: ["- ρ = 0.8", "- L = 4", "- Queue wait ≈ 16 min", "- P(empty) = 0.2"]), Self.queueKey, questions: Self.queueQuestions)
        for id in ["3a", "3b", "3c", "3d"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
        // (Three lines for four parts, or a named line out of its place, are not read by place.)
        verdicts = Self.grade(Self.queueReply(recap: ["- ρ = 0.8", "- 12 min", "- P(empty) = 0.2"]), Self.queueKey, questions: Self.queueQuestions)
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
        verdicts = Self.grade(Self.queueReply(recap: ["- L = 4", "- ρ = 0.8", "- 12 min", "- P(empty) = 0.2"]), Self.queueKey, questions: Self.queueQuestions)
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    /// A reply that answers a problem's parts without labels and ends on a table with a row per
    /// member ("| BC | −26.67 | compression |"): each part's answer is the row its question's
    /// symbol names, not the working's last number before the table.
    @Test func aTableRowNamedByThePartsSymbolAnswersIt() {
        let questions = ["4a": "Find the force in member $BD$ (kN, tension positive).",
                         "4b": "Find the force in member $BC$ (kN, tension positive)."]
        let key: [String: Answer] = ["4a": .real(RealValue(-33.33)), "4b": .real(RealValue(26.67))]
        func reply(_ asked: String) -> String {
            """
            **User:** \(asked)

            **Assistant:** Method of joints. Each inclined member is 5 m long, and by symmetry R_B = R_C = 20 kN.

            **Joint D** (vertical): 2·F_BD·(3/5) = −40 → F_BD = −33.33 kN, i.e. 33.33 kN compression.

            **Joint B** (horizontal): the horizontal component of BD is 33.33 × 4/5 = 26.67 kN, and it is resisted by the bottom chord:

            | Member | Force (kN) | Nature |
            |---|---|---|
            | BD | −33.33 | compression |
            | BC | −26.67 | compression |
            """
        }
        for asked in ["Q4: truss B(0,0), C(8,0), D(4,3), pin at B, roller at C, 40 kN down at D. Forces in (a) BD and (b) BC, tension positive.",
                      "Truss B(0,0), C(8,0), D(4,3), 40 kN down at D: what are the force in member BD and the force in member BC, tension positive?"] {
            let verdicts = Self.grade(reply(asked), key, questions: questions)
            #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
            #expect(verdicts["4b"]?.kind == .incorrect, "\(String(describing: verdicts["4b"]))")
        }
    }

    /// Parts answered in order without labels ("P₀ = … = **1/4**", then "L_q = … ≈ 0.667", then
    /// "**W_q ≈ 10 min**"): a part whose question names the symbol a clause assigns takes that
    /// clause, not the last value before the next part's (here an intermediate L_q).
    @Test func unlabelledPartsTakeTheClauseThatAssignsTheirSymbol() {
        let questions = ["5a": "Find the probability $P_0$ that the system is empty, as an exact fraction.",
                         "5b": "Find the mean waiting time in the queue $W_q$ in minutes."]
        let verdicts = Self.grade("""
            > Problem 5 (M/M/2): λ = 4/h, μ = 3/h each. a) P0 exact b) Wq in minutes

            With a = λ/μ = 4/3 and ρ = 2/3:

            P₀ = [1 + a + a²/(2(1 − ρ))]⁻¹ = [1 + 4/3 + 8/3]⁻¹ = [5]⁻¹, so **P₀ = 1/5**.

            L_q = P₀ a² ρ / (2(1 − ρ)²) = 16/15 ≈ 1.067, and W_q = L_q/λ = 0.267 h.

            So W_q = 0.267 × 60 ≈ **16 min**.
            """, ["5a": .real(RealValue(0.2)), "5b": .integer(16)], questions: questions)
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
    }

    /// "Then you can obtain W from Little's law, dividing L by λ." closing a part's answer: the
    /// asked quantity is left to the reader, so the intermediate before it (L) is no answer.
    @Test func aPartWhoseLastLineLeavesTheQuantityToTheReaderIsMissing() {
        let verdicts = Self.grade("""
            User: 6a and 6b please

            Assistant:
            **(a)** ρ = λ/μ = 8/10 = **0.8**

            **(b)** The mean number in the system is L = ρ/(1 − ρ) = 4 customers.
            Then you can obtain W from Little's law, dividing L by λ.
            """, ["6a": .real(RealValue(0.8)), "6b": .real(RealValue(0.5))],
            questions: ["6a": "Find the utilization ρ.", "6b": "Find the mean time in the system W, in hours."])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .missing, "\(String(describing: verdicts["6b"]))")
        // (A line that goes on to state the value answers: "you get W from Little's law: W = 0.5 h".)
        let stated = Self.grade("""
            User: 6b please

            Assistant:
            **(b)** L = ρ/(1 − ρ) = 4, and from here you get W from Little's law: W = L/λ = **0.5 h**.
            """, ["6b": .real(RealValue(0.5))])
        #expect(stated["6b"]?.kind == .correct, "\(String(describing: stated["6b"]))")
        // ("… about the centroid at 75 mm, I = Σ(bh³/12 + A d²). Shall I crunch the numbers?": offered, not done.)
        let offered = Self.grade("""
            User: 7b please

            Assistant:
            **(b)** Take each rectangle about the centroid at ȳ = 75 mm and add: I = Σ(bh³/12 + A d²). Shall I crunch the numbers?
            """, ["7b": .real(RealValue(12.5))])
        #expect(offered["7b"]?.kind == .missing, "\(String(describing: offered["7b"]))")
    }


    /// Keys written as bare bits ("11001000") or bare hex digits ("3F", "C0A80000"): the line's
    /// string of bits or 0x-literal, the one after its last relation or arrow when it writes
    /// several ("0x1F + 0x20 = 0x3F"); two different ones left standing are two answers.
    @Test func bitStringsAndBareHexKeys() {
        let key: [String: Answer] = ["1a": .text("11001000"), "1b": .text("3F"), "1c": .text("C0A80000"), "1d": .text("0110"), "1e": .text("1010")]
        let verdicts = Self.grade("""
            User: q1 a-e

            Assistant:
            (a) 56 = 0011 1000. Invert → 1100 0111, add 1 → `11001000`.
            (b) 0x1F + 0x20 = 0x3F.
            (c) Sign 1, exponent 10000001, fraction 0101 … → 1100 0000 1010 1000 … → **0xC0A80000**.
            (d) The Gray code of 4 is 0110, or 0111 if you start counting at 1.
            (e) The code word is 1011.
            """, key)
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
        #expect(verdicts["1e"]?.kind == .incorrect, "\(String(describing: verdicts["1e"]))")
    }

    /// "**3 NAND gates** (or 4 if your course counts …)": the bold value before the parenthesis
    /// is the first of the two.
    @Test func anAlternativeInParenthesesAfterABoldValue() {
        let verdicts = Self.grade("""
            User: 2b

            Assistant:
            (b) Each product term needs a 2-input NAND plus one for the OR: **5 NAND gates** (or 6 if you also count the output inverter).
            """, ["2b": .integer(5)])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    /// The review's misfires of this round's rules, each with the reviewer's text: an
    /// alternative the parenthesis rejects or restates in another unit; a summary whose lines
    /// name other quantities; a table for another load case; a turn whose last line offers
    /// other work or checks a marked value; a setting that is the asked quantity.
    @Test func theReviewsMisfiresKeepTheirVerdicts() {
        var verdicts = Self.grade("""
            User: Problem 1 a and b

            Assistant:
            (a) Kruskal picks AB(2), CE(3), BD(3), DF(4), EF(5). The MST weight is **17** (14 if we included edge CD, but that would close a cycle A–B–D–C).
            (b) A spanning tree on 6 vertices has **5** edges (6 if you count the rejected CD edge, which is not part of the tree).
            (c) W = 1/(μ − λ) = 1/(10 − 8) = **0.5 h** (30 min if your course defines W in minutes).
            """, ["1a": .integer(17), "1b": .integer(5), "1c": .real(RealValue(0.5))])
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }

        verdicts = Self.grade(Self.queueReply(recap: ["- Empty system: 0.2", "- Busy server: 0.8", "- Customers present: 4", "- Queue wait: 16 min"]),
                              Self.queueKey, questions: Self.queueQuestions)
        for id in ["3a", "3b", "3c", "3d"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
        verdicts = Self.grade(Self.queueReply(recap: ["- λ = 12 per hour", "- μ = 15 per hour", "- μ − λ = 3 per hour", "- 1 hour = 60 min"], lead: "Recap of the inputs used:"),
                              Self.queueKey, questions: Self.queueQuestions)
        for id in ["3a", "3b", "3c", "3d"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }

        verdicts = Self.grade("""
            User: Truss A(0,0), B(4,3), C(8,0), 30 kN down at B. What are the force in member AB and the force in member BC? Tension positive.

            Assistant: By symmetry R_A = R_C = 15 kN. At joint A, vertical: F_AB · 0.6 + 15 = 0 → F_AB = −25 kN. Horizontal: F_BC = −F_AB · 0.8 = 20 kN.

            For comparison, if the load were 60 kN instead, every force doubles:

            | Member | Force (kN) |
            |---|---|
            | AB | −50 |
            | BC | 40 |
            """, ["4a": .real(RealValue(-25)), "4b": .real(RealValue(20))],
            questions: ["4a": "Find the force in member $AB$ (kN, tension positive).", "4b": "Find the force in member $BC$ (kN, tension positive)."])
        for id in ["4a", "4b"] { #expect(verdicts[id]?.kind != .incorrect, "\(id): \(String(describing: verdicts[id]))") }

        let questions = ["6a": "Find the utilization ρ.", "6b": "Find the mean time in the system W, in hours."]
        for closing in ["That covers problem 6. Problem 7 uses the same approach with two servers — want me to do the rest?",
                        "Check: you can get W from Little's law too, dividing L by λ — same result."] {
            verdicts = Self.grade("""
                User: 6a and 6b please

                Assistant:
                **(a)** ρ = λ/μ = 8/10 = **0.8**

                **(b)** W = 1/(μ − λ) = 1/(10 − 8) = **0.5 h**.
                \(closing)
                """, ["6a": .real(RealValue(0.8)), "6b": .real(RealValue(0.5))], questions: questions)
            #expect(verdicts["6b"]?.kind == .correct, "\(closing): \(String(describing: verdicts["6b"]))")
        }

        verdicts = Self.grade("""
            User: 8b and 8c

            Assistant:
            (b) M(x) is largest under the load: M_max = 32 kN·m at x = 2 m.
            (c) Profit = 40q − (10q + 7500) = 30q − 7500, so profit = 0 at q = 250 units.
            """, ["8b": .integer(2), "8c": .integer(250)],
            questions: ["8b": "At what distance x from the left support is the bending moment largest, in m?", "8c": "Find the break-even quantity q."])
        for id in ["8b", "8c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }

        verdicts = Self.grade("""
            User: 2a and 2b

            Assistant:
            (a) 6A + 3C = **A6**
            (b) The cell holding the total is **B12**.
            """, ["2a": .text("A6"), "2b": .text("B12")])
        for id in ["2a", "2b"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    /// "2.1 a) 14 | b) 0.35 | c) True" under "Summary": a problem's parts apart by bars on one
    /// recap line, each its part's summary (so 0.35 against the body's 0.25 leaves (b) unclear).
    @Test func aRecapLineWithPartsApartByBars() {
        func reply(_ b: String) -> String {
            """
            User: exercise 2.1 a-c

            Assistant:
            a) n = 14 trials.
            b) p̂ = 3.5/14 = 0.25
            c) The interval excludes 0.5, so True.

            Summary
            2.1 a) 14 | b) \(b) | c) True
            """
        }
        let key: [String: Answer] = ["2.1a": .integer(14), "2.1b": .real(RealValue(0.25)), "2.1c": .text("true")]
        var verdicts = Self.grade(reply("0.35"), key)
        #expect(verdicts["2.1b"]?.kind == .unclear, "\(String(describing: verdicts["2.1b"]))")
        for id in ["2.1a", "2.1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
        verdicts = Self.grade(reply("0.25"), key)
        for id in ["2.1a", "2.1b", "2.1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }
}
