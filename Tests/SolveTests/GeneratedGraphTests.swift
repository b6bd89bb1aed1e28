import Foundation
@testable import Solve
import Testing
import TestSupport

/// Generated two-layer networks: random sizes and integer weights, rendered with several
/// names, literal styles, loss forms and question phrasings. The expected values come from
/// plain loops written here, independent of the graph evaluator; parts that ask two things at
/// once, or carry a number with no role, must not be answered.
@Suite("Generated computational graphs")
struct GeneratedGraphTests {
    struct Network {
        var w1: [[Double]], b1: [Double], w2: [Double], b2: Double, x: [Double], y: Double
        var half: Bool

        var z: [Double] { zip(w1, b1).map { row, b in zip(row, x).reduce(b) { $0 + $1.0 * $1.1 } } }
        var h: [Double] { z.map { max(0, $0) } }
        var prediction: Double { zip(w2, h).reduce(b2) { $0 + $1.0 * $1.1 } }
        var loss: Double { (half ? 0.5 : 1) * (prediction - y) * (prediction - y) }
        var dPrediction: Double { (half ? 1 : 2) * (prediction - y) }
        var dW2: [Double] { h.map { $0 * dPrediction } }
        var dB1: [Double] { zip(w2, z).map { w, z in z > 0 ? w * dPrediction : 0 } }
        var dX: [Double] { x.indices.map { j in w1.indices.reduce(0) { $0 + dB1[$1] * w1[$1][j] } } }
    }

    static func column(_ values: [Double], style: Int) -> String {
        let entries = values.map { RealValue.format($0).replacingOccurrences(of: "-", with: "−") }
        if entries.count == 1 { return entries[0] }
        switch style % 3 {
        case 0: return "(" + entries.joined(separator: ", ") + ")^⊤"
        case 1: return "[" + entries.joined(separator: "; ") + "]"
        default: return "[" + entries.joined(separator: ", ") + "]"
        }
    }

    static func matrix(_ rows: [[Double]]) -> String {
        "[" + rows.map { $0.map { RealValue.format($0).replacingOccurrences(of: "-", with: "−") }.joined(separator: " ") }.joined(separator: "; ") + "]"
    }

    @Test func networksInManyWordings() {
        var random = SplitMix(seed: 316)
        var answered = 0, abstained = 0
        for index in 0..<150 {
            let hidden = Int.random(in: 2...3, using: &random), inputs = Int.random(in: 1...3, using: &random)
            func integers(_ n: Int) -> [Double] { (0..<n).map { _ in Double(Int.random(in: -3...3, using: &random)) } }
            let network = Network(w1: (0..<hidden).map { _ in integers(inputs) }, b1: integers(hidden), w2: integers(hidden),
                                  b2: Double(Int.random(in: -2...2, using: &random)), x: integers(inputs),
                                  y: Double(Int.random(in: -2...2, using: &random)), half: index % 2 == 0)
            // A pre-activation of exactly 0 needs ReLU'(0): state it in half of the sets.
            let convention = index % 4 < 2 ? " Take ReLU'(0) = 0." : ""
            let names = [("z", "h", "ŷ", "L"), ("s", "a", "o", "J"), ("u", "r", "p", "E")][index % 3]
            let loss = network.half ? "1/2(\(names.2) − y)^2" : "(\(names.2) − y)^2"
            let equations = "\(names.0) = W_1x + b_1, \(names.1) = ReLU(\(names.0)), \(names.2) = w_2^⊤\(names.1) + b_2, \(names.3) = \(loss)"
            let values = "W_1 = \(Self.matrix(network.w1)), b_1 = \(Self.column(network.b1, style: index)), w_2 = \(Self.column(network.w2, style: index + 1)), "
                + "b_2 = \(RealValue.format(network.b2).replacingOccurrences(of: "-", with: "−")), x = \(Self.column(network.x, style: index + 2)) and y = \(RealValue.format(network.y).replacingOccurrences(of: "-", with: "−"))"
            let statement = index % 2 == 0
                ? "A network computes \(equations), with \(values).\(convention)"
                : "Let \(values). The forward pass is \(equations).\(convention)"
            let verbs = ["Compute", "What is", "Find", "Give", "Evaluate"]
            let verb = verbs[index % verbs.count]
            let end = verb == "What is" ? "?" : "."
            let atZero = network.z.contains(0) && convention.isEmpty
            let cases: [(String, [Double]?, Bool)] = [
                ("\(verb) the hidden pre-activations \(names.0)\(end)", network.z, false),
                ("\(verb) the hidden activations \(names.1)\(end)", network.h, false),
                ("\(verb) the output \(names.2)\(end)", [network.prediction], false),
                ("\(verb) the loss \(names.3)\(end)", [network.loss], false),
                ("\(verb) ∂\(names.3)/∂w_2\(end)", network.dW2, true),
                ("\(verb) the gradient of \(names.3) with respect to b_1\(end)", network.dB1, true),
                ("\(verb) ∂\(names.3)/∂x\(end)", network.dX, true),
                // Two asks, or a number without a role: never answered.
                ("\(verb) \(names.1) and \(names.2)\(end)", nil, false),
                ("\(verb) the loss \(names.3). Use \(hidden + 4) examples.", nil, false),
            ]
            for (text, expected, isGradient) in cases {
                let recognition = Recognizer().recognize(PartStatement(id: "1a", text: text, context: statement))
                guard let expected, !(isGradient && atZero) else {
                    if case .recognized(let answer) = recognition, answer.family == .computationGraph {
                        Issue.record("answered \(answer.answer) for '\(text)' in '\(statement)'")
                    }
                    abstained += 1
                    continue
                }
                let got: [Double]? = switch recognition.answer {
                case .real(let value)?: [value.value]
                case .integer(let value)?: [Double(value)]
                case .vector(let values)?: values
                default: nil
                }
                #expect(got.map { isClose($0, expected) } == true, "'\(text)' in '\(statement)': \(recognition)")
                answered += 1
            }
        }
        #expect(answered > 900)
        #expect(abstained >= 300)
    }
}
