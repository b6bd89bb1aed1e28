import Foundation
@testable import Grade
import Solve
import Testing

/// Misfires a review of session 46's grading rules found, each the reviewer's own transcript:
/// a header-less column of givens before the answers, lines of working numbered under a
/// question's heading, units spelled out ("6.0 amps") or not asked ("dm³"), a final line under a
/// wrapped product, a percentage restated where no precision is asked.
@Suite("Grading: reviewed misfires of session 46")
struct ReviewedGradingMisfiresOfSessionFortySix {
    enum Expected: Sendable { case correct, notIncorrect, notCorrect }

    static let cases: [(name: String, transcript: String, key: [String: Answer], questions: [String: String], expected: [String: Expected])] = [
        ("t1-given-col", """
            User: Problem 1 please
            
            Assistant: Using Newton's second law and p = mv for each cart.
            
            1(a)
            1(b)
            1(c)
            
            2.0 kg
            4.0 kg
            5.0 kg
            
            3.0 N
            2.5 m/s²
            15 kg·m/s
            
            All three use the cart's mass from the middle column.
            """,
         ["1a": .real(RealValue(3.0)), "1b": .real(RealValue(2.5)), "1c": .integer(15)],
         ["1a": "A 2.0 kg cart accelerates at 1.5 m/s². What net force acts on it, in newtons?", "1b": "A 4.0 kg cart feels a net force of 10 N. What is its acceleration?", "1c": "A 5.0 kg cart moves at 3.0 m/s. What is its momentum?"],
         ["1a": .notIncorrect, "1b": .notIncorrect, "1c": .correct]),
        ("n2-steps-list3", """
            User: questions 1 and 2
            
            Assistant:
            ## Question 1
            
            Work from the 2×2 table:
            
            1. Ill among chicken eaters: 48; not ill: 72.
            2. Ill among the others: 8; not ill: 72.
            3. All ill: 48 + 8 = 56.
            
            The attack rates are therefore 48/120 = **0.40** for chicken eaters, 8/80 = **0.10** for the others, and 56/200 = **0.28** overall.
            
            ## Question 2
            
            RR = 0.40 / 0.10 = **4**
            """,
         ["1a": .real(RealValue(0.4)), "1b": .real(RealValue(0.1)), "1c": .real(RealValue(0.28)), "2": .integer(4)],
         ["1a": "What is the attack rate among guests who ate the chicken?", "1b": "What is the attack rate among guests who did not eat the chicken?", "1c": "What is the overall attack rate?"],
         ["1b": .correct, "1c": .correct, "2": .correct]),
        ("u1-spelled-unit", """
            User: problem 1 please
            
            Assistant: ## Problem 1
            
            - Z = √(16² + 12²) = 20
            - I = 120/20 = 6.0 amps
            - P = I²R = 36 × 16 = 576 W
            """,
         ["1a": .real(RealValue(6.0)), "1b": .integer(576)],
         ["1a": "Find the line current, in amperes.", "1b": "Find the real power, in watts."],
         ["1a": .correct, "1b": .correct]),
        ("u3-dm3-moles", """
            User: problem 1 please
            
            Assistant: Using PV = nRT with R = 8.314 J/(mol·K):
            
            - PV/T = 100 000 × 0.0025 / 300 ≈ 0.83
            - V = nRT/P = 0.100 × 8.314 × 300 / 100 000 = 2.49 dm³
            - n = PV/RT = 100 000 × 0.005 / (8.314 × 300) ≈ 0.200 moles
            """,
         ["1a": .real(RealValue(2.49)), "1b": .real(RealValue(0.2))],
         ["1a": "What volume does it occupy, in liters?", "1b": "How much gas is needed to fill 5.0 L under the same conditions, in moles?"],
         ["1a": .correct, "1b": .correct]),
        ("f1-wrap-product", """
            Problem 1
            (a) The cart covers 150 m in 60 s, so its average speed is
            v=
            
            150 m
            − 0 m = 150 m of travel
            60 s
            
            and dividing gives v = 2.5 m/s.
            (b) The kinetic energy is
            KE =
            0.5 × 2.0 kg
            × (2.5 m/s)² = 6.25 J
            6.3
            """,
         ["1a": .real(RealValue(2.5)), "1b": .real(RealValue(6.25))],
         ["1a": "What is the average speed, in m/s?", "1b": "What is the kinetic energy of the 2.0 kg cart at that speed, in J?"],
         ["1b": .notCorrect]),
        ("p1-rounded-pct", """
            User: Problem 1
            
            Assistant:
            **(a)** Uninfected fraction = 341/400 = 0.8525 ≈ 0.8524, so roughly 85 %.
            
            **(b)** 400 − 341 = **59** people.
            """,
         ["1a": .real(RealValue(85.24)), "1b": .integer(59)],
         ["1a": "What percentage of the vaccinated group remained uninfected?", "1b": "How many people were infected?"],
         ["1a": .correct]),
    ]

    @Test(arguments: cases.indices)
    func gradesAsACarefulGraderWould(_ index: Int) {
        let (name, transcript, key, questions, expected) = Self.cases[index]
        let verdicts = ThirtyNinthRoundFamilyTests.grade(transcript, key, questions: questions)
        for (id, want) in expected {
            let kind = verdicts[id]?.kind
            switch want {
            case .correct: #expect(kind == .correct, "\(name) \(id): \(String(describing: verdicts[id]))")
            case .notIncorrect: #expect(kind != .incorrect, "\(name) \(id): \(String(describing: verdicts[id]))")
            case .notCorrect: #expect(kind != .correct, "\(name) \(id): \(String(describing: verdicts[id]))")
            }
        }
    }
}
