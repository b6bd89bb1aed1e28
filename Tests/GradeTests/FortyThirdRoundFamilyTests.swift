import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in the held-out run of `grading/final81` (session 43), each tested on
/// transcripts written for these tests.
@Suite("Grading families, forty-third round")
struct FortyThirdRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    /// A fraction `pdftotext -layout` stacked on three lines reads on its bar's line, so the
    /// denominator's number on the line after the result is no answer.
    @Test func aStackedFractionOfAPrintReadsOnItsBar() {
        let verdicts = Self.grade("""
            You said:
            pressure of the gas?

            ChatGPT said:
            (a) From the ideal gas law:

                                      (1.20)(0.0821)(310)
                              P =                            = 3.05 atm
                                            10.0
            """, ["1a": .real(RealValue(3.05))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        // (A fraction after an operator at the line's end; the lines keep their numbers.)
        let lines = StackedFraction.joined(["              1.5", "    E = 9.0 ×", "              2.5", "so E ≈ 5.4 J"])
        #expect(lines == ["", "    E = 9.0 × 1.5/2.5 ", "", "so E ≈ 5.4 J"], "\(lines)")
        // (Lines of words above and below are no fraction.)
        let prose = ["It is 5 and", "  x =      = 3", "so is y"]
        #expect(StackedFraction.joined(prose) == prose)
    }

    /// Of a reply to several retyped questions, a part whose question names a quantity (H₂O) takes
    /// the last piece that names it, not a step toward the next part's answer.
    @Test func aRetypedPartTakesThePieceNamingItsQuantity() {
        let questions = ["1a": "What mass of H₂O (in grams) forms?", "1b": "What mass (in grams) of the excess reactant remains?"]
        let verdicts = Self.grade("""
            User: 2.00 mol CH4 burns in 150 g O2. What mass of H2O forms, and what mass of the excess reactant remains?

            Assistant: Water formed: 4.00 mol H2O × 18.02 g/mol = 72.1 g H2O

            Oxygen consumed: 4.00 mol × 32.00 g/mol = 128 g
            Oxygen left over: 150 − 128 = 22 g
            """, ["1a": .real(RealValue(72.1)), "1b": .real(RealValue(22))], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    /// A part handed back to the student ("… and I can check your number", "Give it a try!", "you
    /// can find P(Z > 1.5) in your z-table") is not answered by the givens it sets up.
    @Test func aPartHandedBackIsMissing() {
        let verdicts = Self.grade("""
            User: parts a to c please

            Assistant:
            (a) E = hf = 6.63e-34 × 5.0e14 = 3.3e-19 J.
            (b) Work it out with E = hc/λ and λ = 500 nm, and I can check your number.
            (c) Convert with 1 eV = 1.602e-19 J. Give it a try!
            (d) z = (75 − 60)/10 = 1.5, and you can find P(Z > 1.5) in your z-table.
            """, ["1a": .real(RealValue(3.3e-19)), "1b": .real(RealValue(3.97e-19)), "1c": .real(RealValue(2.48)), "1d": .real(RealValue(0.0668))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        for id in ["1b", "1c", "1d"] {
            #expect(verdicts[id]?.kind == .missing, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    /// "| (i) $x(2.0)$ | ½at² | **6.0 m** |" under "**(b)**": rows that open with the part's sub-part
    /// labels answer those sub-parts.
    @Test func rowsLabelledWithSubpartsOfThePartAnswered() {
        let key: [String: Answer?] = ["3a": .real(RealValue(3)), "3b": nil, "3b.i": .real(RealValue(6)), "3b.ii": .real(RealValue(6)), "3c": .real(RealValue(12))]
        let transcript = TranscriptReader.fromText("""
            User: problem 3 please

            Assistant:
            ### Problem 3

            **(a)** $v = at = 3\\ \\text{m/s}$

            **(b)**

            | | formula | value |
            |---|---|---|
            | (i) $x(2.0)$ | $\\frac{1}{2}at^2$ | **6.0 m** |
            | (ii) $v(2.0)$ | $at$ | **6.0 m/s** |

            **(c)** $W = 12\\ \\text{J}$
            """)
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["3a", "3b", "3b.i", "3b.ii", "3c"]).map { ($0.part, $0) })
        for id in ["3a", "3b.i", "3b.ii", "3c"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    /// "so use a **/26**": a prefix length in CIDR notation is its number; a fraction's slash
    /// ("1/64 of the space") and an address's ("10.0.0.0/26") stay as they are.
    @Test func aPrefixLengthInCIDRNotation() {
        let verdicts = Self.grade("""
            User: subnetting questions 4a-4c

            Assistant:
            (a) Each LAN needs 50 hosts: 2^6 − 2 = 62 ≥ 50, so use a **/26**.
            (b) From the /24 that gives 2^(26 − 24) = 4 subnets.
            (c) Each subnet is 1/64 of the /20 block.
            """, ["4a": .integer(26), "4b": .integer(4), "4c": .real(RealValue(1.0 / 64))])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    /// "Now Q1. Components: …" after Q2's last sub-part: the reply has turned to problem 1, and
    /// the line belongs to no part of problem 2.
    @Test func aReplyTurningToAnotherProblem() {
        let verdicts = Self.grade("""
            User: Do Q2 first, then Q1.

            Assistant: Q2(a): the speed is 6.0 m/s.

            Q2(b): the time is 1.5 s.

            Now Q1. First, the mass is m = 40 kg.

            Q1(a): the force is 120 N.
            """, ["1a": .integer(120), "2a": .real(RealValue(6)), "2b": .real(RealValue(1.5))])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    /// "**3b) ii.** …" (a part's label, then its sub-part's), and "1. **(a)** …" (a list's own
    /// number before a bold part label) label those parts.
    @Test func subpartAfterItsPartsLabelAndBoldLabelsInANumberedList() {
        let key: [String: Answer?] = ["3a": .integer(7), "3b": nil, "3b.i": .integer(4), "3b.ii": .integer(9), "3c": .integer(12), "3d": .integer(5)]
        let transcript = TranscriptReader.fromText("""
            User: Exercise 3 please

            Assistant:
            ### Exercise 3
            1. **(a)** Adding gives **7**.
            2. **(c)** Multiplying gives **12**.
            3. **(d)** Subtracting gives **5**.
            4. **(b)** Two results:

            - **3b) i.** first, 2 + 2 = **4**
            - **3b) ii.** then 3 × 3 = **9**
            """)
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["3a", "3b", "3b.i", "3b.ii", "3c", "3d"]).map { ($0.part, $0) })
        for id in ["3a", "3b.i", "3b.ii", "3c", "3d"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    /// "w0 = 1/2, w1 = 3": components by an index counted from 0, a fraction among them.
    @Test func componentsIndexedFromZero() {
        let verdicts = Self.grade("User: fit the line\n\nAssistant: (b) Solving the normal equations: w0 = 1/2, w1 = 3.\n",
                                  ["1b": .vector([0.5, 3])])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }
}
