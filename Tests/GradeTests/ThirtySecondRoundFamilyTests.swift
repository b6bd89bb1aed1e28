import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-second round of independent corpora (`final52/`,
/// `final53/`), each on an example written here.
@Suite("Thirty-second-round families")
struct ThirtySecondRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// `m\,4^{m+1}`: a thin space between a letter and a power of a number is a product.
    @Test func aSpacedPowerOfANumberAfterALetterIsAFactor() {
        for written in ["$$S_m = m\\,4^{m+1}$$", "$S_m = m\\;4^{m+1}$", "S_m = m 4^(m+1)"] {
            let verdicts = Self.grade("User: 2b please\n\nAssistant: (b) Counting both ways,\n\n\(written)",
                                      ["2b": .expression("m*4^(m+1)")], questions: ["2b": "Find a closed form for S_m."])
            #expect(verdicts["2b"]?.kind == .correct, "\(written): \(String(describing: verdicts["2b"]))")
        }
        // (A number after a letter with no power of its own is no factor: "x 3" is not 3x.)
        let plain = Self.grade("User: 2b\n\nAssistant: (b) $$S_m = m\\,3$$", ["2b": .expression("3*m")], questions: ["2b": "Find S_m."])
        #expect(plain["2b"]?.kind != .correct, "\(String(describing: plain["2b"]))")
    }

    /// "2: …" as its own paragraph after "1b(ii): …" opens problem 2; "2:" after a step "1:" of
    /// the part's working stays a step.
    @Test func aColonNumberPastTheCurrentProblemOpensIt() {
        let key: [String: Answer] = ["1a": .integer(12), "1b.ii": .integer(5), "2": .integer(30), "3": .integer(7)]
        let questions = ["1a": "Count the paths.", "1b.ii": "Count the cycles.", "2": "Count the slates.", "3": "Count the trees."]
        let verdicts = Self.grade("""
            User: check 1b(ii), then 2 and 3

            Assistant: 1b(ii): there are 5 cycles.

            2: 6·5 = 30 slates.

            3: listing them by their degrees gives 7 trees.
            """, key, questions: questions)
        #expect(verdicts["1b.ii"]?.kind == .correct, "\(String(describing: verdicts["1b.ii"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
        let steps = Self.grade("""
            User: do 1a

            Assistant: 1a: count in stages.

            1: the first row gives 3 paths.

            2: the second row multiplies them by 4.

            So there are 12 paths in all.
            """, key, questions: questions)
        #expect(steps["1a"]?.kind == .correct, "\(String(describing: steps["1a"]))")
        #expect(steps["2"]?.kind == .missing, "\(String(describing: steps["2"]))")
    }

    /// A given of the stem copied into the reply ("with v = 0.98c") is no answer; a given that
    /// is the key's value stays one.
    @Test func aGivenOfTheStemCopiedIsNoAnswer() {
        let stems = ["3": "A cart rolls at $u = 4.5$ m/s down a ramp of length $L = 9.0$ m."]
        let questions = ["3a": "How long does the cart take, in s?", "3b": "What is the cart's speed in m/s?"]
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant: (a) The time is t = L/u with u = 4.5 m/s — divide and you're done.

            (b) It rolls at constant speed, u = 4.5 m/s.
            """, ["3a": .real(RealValue(2.0)), "3b": .real(RealValue(4.5))], questions: questions, stems: stems)
        #expect(verdicts["3a"]?.kind == .missing, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    /// "… so (C) is a true statement. But here (D) fits, so I'm sticking with (D).": the
    /// choice the reply keeps.
    @Test func aChoiceTheReplyGoesWithIsItsAnswer() {
        let verdicts = Self.grade("""
            User: Q4?

            Assistant: (D) matches the definition, so the answer is (D).

            User: are you sure about 4? my TA said C

            Assistant: Fair to check. (C) does describe a real effect in general, so (C) is a true statement. But for this question (D) is the relationship asked about, so I'm sticking with (D).
            """, ["4": .choice("D")], questions: ["4": "Which statement is correct? (A) one (B) two (C) three (D) four"])
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
        #expect(verdicts["4"]?.extracted == .choice("D"))
    }

    /// A recap line "- V = 1.3 L" under "Summary:" where the body's (b) assigned V: that part's
    /// summary, so a different value there makes the part unclear.
    @Test func aRecapOfALetterTheBodyAssignedIsThatPartsSummary() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) n = pV/(RT) = 0.0410 mol.

            (b) V = nRT/p = 0.0410 × 0.08206 × 350 / 1.10 = 1.07 L.

            Summary:
            - n = 0.0410 mol
            - V = 1.17 L
            """, ["2a": .real(RealValue(0.041)), "2b": .real(RealValue(1.07))],
            questions: ["2a": "How many moles of gas are there?", "2b": "Find the volume $V$ at 350 K, in L."])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    /// "0.62 A seems too high for …": a value the user doubts, given by one part's last line, is
    /// that part's; so is the reply that corrects it ("6.2, not 0.62").
    @Test func aValueTheUserDoubtsNamesItsPart() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant: (a) R = 12 + 8 = 20 Ω.

            (b) I = V/R = 12.4/20 = **6.2 A**

            User: 6.2 A seems way too high for a 12 V bench supply?

            Assistant: You're right — I divided wrongly. 12.4/20 = 0.62, not 6.2. So I = **0.62 A**.
            """, ["6a": .integer(20), "6b": .real(RealValue(0.62))],
            questions: ["6a": "Find the total resistance.", "6b": "Find the current."])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .correct, "\(String(describing: verdicts["6b"]))")
    }

    /// "thanks, and 3.2?": a short turn naming an exercise with a question mark asks for it.
    @Test func aShortTurnEndingWithAnExerciseNumberAsksForIt() {
        let verdicts = Self.grade("""
            User: exercise 3.1 please

            Assistant: The mean is 4.5.

            User: thanks, and 3.2?

            Assistant: The variance works out to 2.25.
            """, ["3.1": .real(RealValue(4.5)), "3.2": .real(RealValue(2.25))],
            questions: ["3.1": "Compute the mean.", "3.2": "Compute the variance."])
        #expect(verdicts["3.1"]?.kind == .correct, "\(String(describing: verdicts["3.1"]))")
        #expect(verdicts["3.2"]?.kind == .correct, "\(String(describing: verdicts["3.2"]))")
    }

    /// "(a)(i) … ? (ii) … ?" retyped by the user: the reply answers those labelled parts, not
    /// another part whose question shares the data's words.
    @Test func aTurnsOwnLabelsNameTheRetypedParts() {
        let questions = ["3a.i": "Determine the orders, giving your answer as the pair $(p, q)$.",
                         "3a.ii": "Determine the rate constant $c$ (in M$^{-2}$ s$^{-1}$).",
                         "3b": "Predict the initial rate, in M/s, when $[X]_0 = 0.20$ M and $[Y]_0 = 0.30$ M."]
        let verdicts = Self.grade("""
            User: > Starting with 3. X + Y → Z, initial rates: run 1 [X]₀ = 0.10, [Y]₀ = 0.10, rate 1.0×10⁻³ M/s; run 2 [X]₀ = 0.30, [Y]₀ = 0.10, rate 3.0×10⁻³ M/s; run 3 [X]₀ = 0.10, [Y]₀ = 0.20, rate 4.0×10⁻³ M/s. rate = c[X]^p[Y]^q. (a)(i) orders (p, q)? (ii) c in M⁻² s⁻¹?

            Assistant: Hold one concentration fixed at a time.

            - Runs 1 → 2: [X] triples, the rate triples ⇒ **p = 1**
            - Runs 1 → 3: [Y] doubles, the rate quadruples ⇒ **q = 2**

            So **(p, q) = (1, 2)**.

            For c, use run 1: c = 1.0×10⁻³ / (0.10 × 0.10²) = **1.0 M⁻² s⁻¹**
            """, ["3a.i": .vector([1, 2]), "3a.ii": .real(RealValue(1.0)), "3b": .real(RealValue(0.018))], questions: questions)
        #expect(verdicts["3a.i"]?.kind == .correct, "\(String(describing: verdicts["3a.i"]))")
        #expect(verdicts["3a.ii"]?.kind == .correct, "\(String(describing: verdicts["3a.ii"]))")
        #expect(verdicts["3b"]?.kind == .missing, "\(String(describing: verdicts["3b"]))")
    }

    /// "9{,}510\\ \\text{J}" for a part asked in kJ: the braced thousands separator keeps the
    /// value whole when it is restated in the unit asked.
    @Test func aBracedThousandsSeparatorIsRestatedInThePrefixedUnit() {
        let verdicts = Self.grade("""
            User: 4a

            Assistant: $$W = p\\,\\Delta V = 9{,}510\\ \\text{J}$$
            """, ["4a": .real(RealValue(9.51))], questions: ["4a": "Find the work done by the gas, in kJ."])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
    }

    /// "… which takes 3200 days, so" then "about 8.77 years." (a formula lost between them): the
    /// hedged value with its unit closing the line is the result.
    @Test func aHedgedValueWithItsUnitClosingALineIsTheResult() {
        let verdicts = Self.grade("""
            User: 3c

            Assistant: (c) The ice shelf retreats 450 m at 2.5 m per week, which takes 180 weeks, so

            roughly 3.46 years.
            """, ["3c": .real(RealValue(3.46))], questions: ["3c": "How many years does the retreat take?"])
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    /// "I'll skip the true/false here": the kind of question named is no verdict; "It could be
    /// either, depending on …" after two verdicts leaves both.
    @Test func aTrueFalseNamedAsAKindIsNoVerdict() {
        let questions = ["5b": "True or false: the sum changes sign when the order is reversed."]
        let skipped = Self.grade("User: 5b\n\nAssistant: For (b), I'll leave the true/false to you — it depends on your notes' convention.",
                                 ["5b": .text("true")], questions: questions)
        #expect(skipped["5b"]?.kind == .missing, "\(String(describing: skipped["5b"]))")
        let both = Self.grade("User: 5b\n\nAssistant: (b) With x first it is **True**; with y first it is **False**. It could be either way, depending on your course.",
                              ["5b": .text("true")], questions: questions)
        #expect(both["5b"]?.kind == .unclear, "\(String(describing: both["5b"]))")
    }

    /// "For 3(a) why do we divide by 4 and not 3?": the reply explains the answer, whatever
    /// numbers the explanation uses; a reply that owns up to a mistake answers again.
    @Test func aWhyQuestionsReplyExplainsWithoutAnsweringAgain() {
        let questions = ["3a": "Find the mean of the four readings.", "3b": "Find their range."]
        let text = """
            User: problem 3

            Assistant: (a) The mean is (2 + 4 + 6 + 8)/4 = **5**.

            (b) The range is 8 − 2 = **6**.

            User: For 3(a) why do we divide by 4 and not 3?

            Assistant: Because there are four readings: the rule is to divide by n, and n = 4 here, not 3 (dividing by 3 would give 6.67).
            """
        let verdicts = Self.grade(text, ["3a": .integer(5), "3b": .integer(6)], questions: questions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        let corrected = Self.grade(text.replacingOccurrences(of: "Because there are four readings: the rule is to divide by n, and n = 4 here, not 3 (dividing by 3 would give 6.67).",
                                                             with: "You're right to ask, I made a mistake: one reading was a repeat, so n = 3 and the mean is **6**."),
                                   ["3a": .integer(5), "3b": .integer(6)], questions: questions)
        #expect(corrected["3a"]?.kind == .incorrect, "\(String(describing: corrected["3a"]))")
    }

    /// "So the corrected answers are **(i) 48** and **(ii) 0.25**." under (b)(ii): each bold
    /// sibling label gives its own sub-part's value.
    @Test func boldSiblingLabelsInARecapGiveEachSubPartItsValue() {
        let verdicts = Self.grade("""
            User: 2b please

            Assistant: **2(b)(i)** Choosing the pair first overcounts: 5 · 8 = 40.

            **2(b)(ii)** That gives 40/192 — wait, the count in (i) double-counts each pair, so it is 48 after all, and 48/192 = 0.25. So the corrected answers are **(i) 48** and **(ii) 0.25**.
            """, ["2b.i": .integer(48), "2b.ii": .real(RealValue(0.25))],
            questions: ["2b.i": "How many ordered pairs are there?", "2b.ii": "What fraction of the 192 cases is that?"])
        #expect(verdicts["2b.i"]?.kind == .correct, "\(String(describing: verdicts["2b.i"]))")
        #expect(verdicts["2b.ii"]?.kind == .correct, "\(String(describing: verdicts["2b.ii"]))")
    }

    /// "For 2.3 shouldn't the shear be negative?" then a reply that restates (a)'s matrix without a
    /// label and goes on "Redoing 2.3(b) with it: …": the text before the first label answers
    /// (a) again, and "Redoing 2.3(b)" labels (b); no other problem whose words the turn shares.
    @Test func aChallengedProblemsReplyAnswersItsPartsAgain() {
        let questions = ["2.3a": "Write the 2 × 2 shear matrix $S$ that moves points along x.",
                         "2.3b": "Apply $S$ to the point $(1, 2)$.",
                         "2.4": "True or false: a shear matrix moves every point along x by the same amount."]
        let verdicts = Self.grade("""
            User: exercises 2.3 and 2.4 please

            Assistant: **2.3 (a)** $$S = \\begin{pmatrix} 1 & 0.5 \\\\ 0 & 1 \\end{pmatrix}$$

            **(b)** S(1, 2) = (1 + 0.5·2, 2) = **(2, 2)**

            **2.4** **False.** The shift grows with y.

            User: For 2.3 shouldn't the shear move points the other way along x?

            Assistant: You're right — the shear in the sheet is to the left, so the off-diagonal entry is negative:

            $$S = \\begin{pmatrix} 1 & -0.5 \\\\ 0 & 1 \\end{pmatrix}$$

            Redoing 2.3(b) with it: S(1, 2) = (1 − 0.5·2, 2) = **(0, 2)**.
            """, ["2.3a": .matrix([[1, -0.5], [0, 1]]), "2.3b": .vector([0, 2]), "2.4": .text("false")], questions: questions)
        #expect(verdicts["2.3a"]?.kind == .correct, "\(String(describing: verdicts["2.3a"]))")
        #expect(verdicts["2.3b"]?.kind == .correct, "\(String(describing: verdicts["2.3b"]))")
        #expect(verdicts["2.4"]?.kind == .correct, "\(String(describing: verdicts["2.4"]))")
    }

    /// "… = **12**. Note that many EE texts use the passive sign convention, in which … = **−12**.":
    /// a bold value under another field's convention stands beside the first (unclear).
    @Test func aBoldValueUnderAnotherFieldsConventionStandsBesideTheFirst() {
        let verdicts = Self.grade("""
            User: 4b

            Assistant: **(b)** P = VI = 3 × 4 = **12**. Note that many EE texts use the passive sign convention, in which the same power is written P = −VI = **−12**. Either way 12 W flows.
            """, ["4b": .integer(12)], questions: ["4b": "Compute the power delivered by the source, in W."])
        #expect(verdicts["4b"]?.kind == .unclear, "\(String(describing: verdicts["4b"]))")
    }

    /// "u_x = 3 m/s, u_y = 4 m/s" for a part asking $(u_x, u_y)$: the named pair, each value with
    /// its unit, is the tuple asked.
    @Test func aNamedPairWithUnitsIsTheTupleAsked() {
        let verdicts = Self.grade("""
            User: 2b

            Assistant: b. The parallel part keeps its speed and the normal part is reversed and scaled, so u_x = 3 m/s, u_y = 4 m/s.
            """, ["2b": .vector([3, 4])], questions: ["2b": "Give the velocity after the bounce as $(u_x, u_y)$ in m/s."],
            stems: ["2": "A ball hits the floor at $(u_x, u_y) = (3, -10)$ m/s."])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    // MARK: Counter-examples from the review of these rules

    static let reviewQuestions = ["1a": "Compute the peak discharge in m³/s.", "1b": "What is the composite runoff coefficient?",
                                  "3a": "Find the discharge in m³/day.", "3b": "Find the seepage velocity in m/day.",
                                  "3c": "What is the tracer's travel time between the wells, in years?"]
    static let reviewKey: [String: Answer] = ["1a": .real(RealValue(2.79)), "1b": .real(RealValue(0.6)), "3a": .integer(675),
                                               "3b": .real(RealValue(0.25)), "3c": .real(RealValue(8.77))]

    /// A method chosen with "I'll go with …" is no answer; "I'd stick with 365 as the problem says"
    /// keeps no value of its own; a side remark "so about 91 m/yr" closes no part.
    @Test func aChosenMethodOrARemarkIsNoAnswer() {
        let verdicts = Self.grade("""
            User: problems 1 and 3

            Assistant: **1(a)** Qp = 0.45 × 62 × 36 / 360 = **2.79 m³/s**

            **1(b)** I'll go with 12 ha paved at C = 0.90 and the remaining 24 ha at C = 0.45.

            C = (12 × 0.90 + 24 × 0.45) / 36 = 21.6 / 36 = 0.60

            **3(a)** Q = KiA = **675 m³/day**

            **3(b)** v = 0.075/0.30 = **0.25 m/day**

            **3(c)** t = 800 / 0.25 = 3200 days = 3200/365 = 8.77 years. (With 365.25 days per year you'd get 8.76 years, but I'd stick with 365 as the problem says.)

            That's slow: the tracer moves only 0.25 m/day, so about 91 m/yr.
            """, Self.reviewKey, questions: Self.reviewQuestions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
    }

    /// A why-question whose reply apologises and fixes the value answers again; a challenge that
    /// names a problem in passing ("Everything in 1 matches, but …") does not move the reply there.
    @Test func aFixAfterAWhyQuestionAndAChallengeNamingAnotherProblemInPassing() {
        let text = """
            User: problems 1 and 3

            Assistant: **1(a)** **2.79 m³/s**

            **1(b)** **0.60**

            **3(a)** **675 m³/day**

            **3(b)** **0.25 m/day**

            **3(c)** 3200/365 = **8.9 years**

            User: Thanks! Everything in 1 matches my notes, but the travel time looks off to me, shouldn't 3200/365 be about 8.77?

            Assistant: You're right — I slipped on the last division. 3200 / 365 = **8.77 years**.
            """
        let verdicts = Self.grade(text, Self.reviewKey, questions: Self.reviewQuestions)
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        let why = Self.grade(text.replacingOccurrences(of: "Thanks! Everything in 1 matches my notes, but the travel time looks off to me, shouldn't 3200/365 be about 8.77?",
                                                       with: "for 3(c) can you explain why we divide by 365?")
            .replacingOccurrences(of: "You're right — I slipped on the last division.", with: "Because a year has 365 days. Apologies — doing the division again,"),
                             Self.reviewKey, questions: Self.reviewQuestions)
        #expect(why["3c"]?.kind == .correct, "\(String(describing: why["3c"]))")
    }

    /// A given the user doubts ("the porosity 0.30 seems high") is no part's answer; a summary
    /// letter with another unit ("Q = 675 m³/day (aquifer discharge)") is not (b)'s "Q = … mm";
    /// "Revisiting (b):" inside (c) refers back, it labels nothing; "for (ii) the intercept is …"
    /// gives (ii) its value.
    @Test func referencesBackAreNoLabelsOrAnswers() {
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **3(a)** Q = KiA = 25 × 0.003 × 9000 = **675 m³/day**

            **3(b)** v = Ki/nₑ = 0.075/0.30 = **0.25 m/day**

            **3(c)** The travel time is the spacing over the seepage velocity.

            Revisiting (b): the velocity to use is v = 0.25 m/day, not the flux 0.075 m/day.

            t = 800 / 0.25 = 3200 days = 3200/365 = 8.77 years

            User: the porosity 0.30 seems high for sand?

            Assistant: It's within the usual range for sands (0.25–0.35), and it's the value the problem gives. With nₑ = 0.25 instead, the velocity would be 0.075/0.25 = 0.30 m/day.
            """, Self.reviewKey, questions: Self.reviewQuestions)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
        let summary = Self.grade("""
            User: 2b and 3a

            Assistant: 2(b) Q = 9152.7 / 167.31 = 54.7 mm.

            3(a) Discharge = K i A = **675 m³/day**

            Summary:
            - Q = 675 m³/day (aquifer discharge)
            """, ["2b": .real(RealValue(54.7)), "3a": .integer(675)], questions: ["2b": "Compute the runoff depth $Q$ in mm.", "3a": "Find the discharge."])
        #expect(summary["2b"]?.kind == .correct, "\(String(describing: summary["2b"]))")
        let sub = Self.grade("""
            User: 1c

            Assistant: **(c)(i)** The slope is K/V = 15/120 = 0.125 min, and for (ii) the intercept is 1/V = 1/120 = 0.00833 min/µM.
            """, ["1c.i": .real(RealValue(0.125)), "1c.ii": .real(RealValue(0.00833))], questions: ["1c.i": "Give the slope.", "1c.ii": "Give the intercept."])
        #expect(sub["1c.i"]?.kind == .correct, "\(String(describing: sub["1c.i"]))")
        #expect(sub["1c.ii"]?.kind == .correct, "\(String(describing: sub["1c.ii"]))")
    }

    /// A later reply that shows parts again without correcting them: a number in its preamble does
    /// not answer (a) again.
    @Test func aPreambleOfAnExplainingReplyIsNoNewAnswer() {
        let verdicts = Self.grade("""
            User: problem 3

            Assistant: **3(a)** **675 m³/day**

            **3(b)** **0.25 m/day**

            **3(c)** **8.77 years**

            User: for problem 3 can you show (b) and (c) again in more detail?

            Assistant: Sure. The key number is the effective porosity, nₑ = 0.30.

            **(b)** v = q / nₑ = 0.075 / 0.30 = **0.25 m/day**

            **(c)** t = 3200 / 365 = **8.77 years**
            """, Self.reviewKey, questions: Self.reviewQuestions)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }
}
