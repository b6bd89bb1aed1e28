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

    /// A part handed back to the student ("… and I can check your number", "Give it a try!", "you
    /// can find P(Z > 1.5) in your z-table") is not answered by the givens it sets up.
    @Test func aPartHandedBackIsMissing() {
        let verdicts = Self.grade("""
            User: parts a to c please

            Assistant:
            (a) E = hf = 6.63e-34 × 5.0e14 = 3.3e-19 J.
            (b) Work it out with E = hc/λ for 500 nm light, and I can check your number.
            (c) Convert with 1 eV = 1.602e-19 J. Give it a try!
            (d) z = (75 − 60)/10 = 1.5, and you can find P(Z > 1.5) in your z-table.
            """, ["1a": .real(RealValue(3.3e-19)), "1b": .real(RealValue(3.97e-19)), "1c": .real(RealValue(2.48)), "1d": .real(RealValue(0.0668))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        for id in ["1b", "1c", "1d"] {
            #expect(verdicts[id]?.kind == .missing, "\(id): \(String(describing: verdicts[id]))")
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

    /// "**3b) ii.** …": a part's label, then its sub-part's.
    @Test func subpartAfterItsPartsLabel() {
        let key: [String: Answer?] = ["3a": .integer(7), "3b": nil, "3b.i": .integer(4), "3b.ii": .integer(9)]
        let transcript = TranscriptReader.fromText("""
            User: Exercise 3 please

            Assistant:
            ### Exercise 3
            **(a)** Adding gives **7**.

            - **3b) i.** first, 2 + 2 = **4**
            - **3b) ii.** then 3 × 3 = **9**
            """)
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["3a", "3b", "3b.i", "3b.ii"]).map { ($0.part, $0) })
        for id in ["3a", "3b.i", "3b.ii"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    /// "w1 = 1/2, w2 = 3": components by index, a fraction among them; counted from 0 ("w0 = 3/2,
    /// w1 = 1 after one step") they may be iterates, and are not read as the vector.
    @Test func componentsWithAFraction() {
        let verdicts = Self.grade("User: fit the line\n\nAssistant: (b) Solving the normal equations: w1 = 1/2, w2 = 3.\n",
                                  ["1b": .vector([0.5, 3])])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        let iterates = Self.grade("User: fit the line\n\nAssistant: (b) Gradient descent gives w0 = 3/2, w1 = 1 after one step; it settles later.\n",
                                  ["1b": .vector([1.5, 1])])
        #expect(iterates["1b"]?.kind != .correct, "\(String(describing: iterates["1b"]))")
    }

    /// Misfires the session's review found, each mended: a value stated before "give it a try" or
    /// "I can check your number", or read "off the normal table", answers; a spaced division
    /// ("1 /64", "(1 − 0.9544) /2") is no prefix length.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let verdicts = Self.grade("""
            User: 5b to 5d, 3c and 4c

            Assistant:
            (b) E = hc/λ = (6.63e-34)(3.0e8)/(500e-9) = 3.97e-19 J — give it a try with 600 nm as practice!
            (c) 3.97e-19 J / 1.602e-19 J/eV = 2.48 eV, and I can check your number if you redo it.
            (d) z = (75 − 60)/10 = 1.5; you can read 0.0668 off the normal table, so P(X > 75) = 0.0668.
            """, ["5b": .real(RealValue(3.97e-19)), "5c": .real(RealValue(2.48)), "5d": .real(RealValue(0.0668))])
        for id in ["5b", "5c", "5d"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
        let slashes = Self.grade("""
            User: 3c and 4c

            Assistant:
            **3(c)** One subnet is 1 /64 of the block.
            **4(c)** By symmetry P(Z > 2) = (1 − 0.9544) /2
            """, ["3c": .real(RealValue(1.0 / 64)), "4c": .real(RealValue(0.0228))])
        #expect(slashes["3c"]?.kind == .correct, "\(String(describing: slashes["3c"]))")
        #expect(slashes["4c"]?.kind == .correct, "\(String(describing: slashes["4c"]))")
    }

    /// "- 2.3: 12, [1, 4, 2]" in a recap: one bare value per part, in order, apart by commas
    /// outside brackets; a recap that disagrees with the body leaves the part unclear.
    @Test func aRecapLineOfCommaSeparatedValues() {
        let verdicts = Self.grade("""
            User: 2.3 please

            Assistant: **2.3 (a)** The total is **12**.

            **2.3 (b)** Distances: (1, 4, 2).

            Quick recap of the final answers:
            - 2.3: 12, [1, 5, 2]
            """, ["2.3a": .integer(12), "2.3b": .vector([1, 4, 2])])
        #expect(verdicts["2.3a"]?.kind == .correct, "\(String(describing: verdicts["2.3a"]))")
        #expect(verdicts["2.3b"]?.kind == .unclear, "\(String(describing: verdicts["2.3b"]))")
    }
}
