import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Misfires a review of session 46's rules found (each the reviewer's own problem text): a mask
/// set aside, a layer named by what the statement calls it, scores changed in words before a
/// softmax, a hinge with more terms or asked one entry, a depicted class against a stated label,
/// a scale or shift fixed rather than absent, a qualified count, an MSE halved by a formula or
/// asked one entry, a root mean squared error, smoothing or class weights set in the statement.
@Suite("Solve: reviewed misfires of session 46")
struct ReviewedMisfiresOfSessionFortySix {
    static let refused: [(name: String, text: String, ids: [String])] = [
        ("k1", """
            Problem 11
            Use Attn(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V with d_k = 2 and
            Q = [1 0; 0 1], K = [1 0; 0 1], V = [1 2; 3 4].
            (a) Compute the output with a causal mask, so that query i may only attend to keys j <= i.
            (b) Now remove the causal mask so that every query attends to every key.
            (i) Give the attention weight matrix.
            (ii) Give the corresponding output.
            """, ["11b.i", "11b.ii"]),
        ("k2", """
            Problem 11
            Use Attn(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V with d_k = 2 and
            Q = [1 0; 0 1], K = [1 0; 0 1], V = [1 2; 3 4].
            (a) Unlike a causal decoder, this encoder attends bidirectionally.
            (i) Give the attention weight matrix.
            (ii) Give the output.
            """, ["11a.i", "11a.ii"]),
        ("x1", """
            Problem 10
            Self-attention computes Attn(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V with d_k = 4.
            (a) The raw scores of the first query are s = (4, 2, 0). Compute the softmax of these scores with the scores halved.
            (b) Compute the softmax of the doubled score vector s = (4, 2, 0).
            (c) Compute the softmax of the negated scores s = (4, 2, 0).
            """, ["10b", "10c"]),
        ("h1", """
            Problem 5
            A linear classifier gives the scores s = (1.0, 2.5, 0.2) to the classes (dog, cat, bird) for an image of a dog.
            Use the regularized multiclass SVM loss L = sum over j != y of max(0, s_j - s_y + 1) + 0.5 ||W||^2, where ||W||^2 = 4.
            (a) Compute L.
            """, ["5a"]),
        ("h2", """
            Problem 5
            A linear classifier gives the scores s = (1.0, 2.5, 0.2) to the classes (dog, cat, bird) for an image of a dog.
            Use the multiclass SVM loss L = sum over j != y of max(0, s_j - s_y + 1)^2.
            (a) Compute L.
            (b) Compute the gradient of L with respect to the scores s.
            """, ["5a", "5b"]),
        ("h4", """
            Problem 5
            A linear classifier gives the scores s = (1.0, 2.5, 0.2) to the classes (dog, cat, bird) for an image of a dog.
            Use the multiclass SVM loss L = sum over j != y of max(0, s_j - s_y + 1).
            (a) Compute ∂L/∂s_dog, the derivative of L with respect to the correct-class score only.
            (b) Compute the gradient of the hinge loss with respect to the weights W, given x = (1, 2).
            """, ["5a"]),
        ("t1", """
            Problem 6
            A classifier gives the scores s = (2.0, 0.5, -1.0) to the classes (cat, car, frog). The image shown is an image of a cat, but the annotator mislabelled it; the recorded label is frog.
            (a) Compute the cross-entropy loss the model is trained with for this example (using the recorded label).
            """, ["6a"]),
        ("t2", """
            Problem 6
            A classifier gives the scores s = (2.0, 0.5, -1.0) to the classes (cat, car, frog) for an image of a cat.
            (a) Compute the cross-entropy loss.
            (b) Suppose instead the image had been labelled frog. Compute the cross-entropy loss.
            """, ["6b"]),
        ("t3", """
            Problem 6
            A classifier gives the scores s = (2.0, 0.5, -1.0) to the classes (cat, car, frog). The training set contains one image of a cat for every ten images of a car; the example scored here is from the frog class.
            (a) Compute the cross-entropy loss for this example.
            """, ["6a"]),
        ("n1", """
            Problem 9
            A layer-normalization layer has no learnable scale or shift; instead its output is multiplied by the fixed constant 2 and then 1 is added.
            (a) Compute the output of this layer for the input (1, 3) with epsilon = 0 and the biased variance.
            """, ["9a"]),
        ("n2", """
            Problem 9
            Batch normalization with gamma = 2 and beta = 1 is applied.
            (a) Apply layer normalization (no learnable scale or shift: γ and β are frozen at the batch-norm values above, epsilon = 0, biased variance) to the vector (1, 3).
            """, ["9a"]),
        ("n3", """
            Problem 9
            (a) Apply layer normalization with no learnable scale, but with a shift β = 0.5 (epsilon = 0, biased variance), to the vector (1, 3).
            (b) Apply layer normalization without a learnable scale and bias vector but with gain 3 (epsilon = 0, biased variance) to the vector (1, 3).
            """, ["9b"]),
        ("g1", """
            Problem 13
            (a) How many bias parameters does nn.Linear(10, 4) have?
            (b) How many does nn.GRU(8, 16) have?
            """, ["13a", "13b"]),
        ("m1", """
            Problem 1
            A regression network outputs ŷ = (1.0, 2.0, 4.0) for targets y = (0.0, 2.5, 3.0). The training loss is L = (1/2n) Σ_i (ŷ_i − y_i)^2.
            (a) Compute the gradient of the mean squared error L with respect to the predictions ŷ.
            """, ["1a"]),
        ("m2", """
            Problem 1
            A model outputs ŷ = (1.0, 2.0, 4.0) for targets y = (0.0, 2.5, 3.0).
            (a) Compute the mean squared error.
            (b) What is ∂MSE/∂ŷ_1, the derivative of the MSE with respect to the first prediction only?
            """, ["1b"]),
        ("m3", """
            Problem 1
            A model outputs ŷ = (1.0, 2.0, 4.0) for targets y = (0.0, 2.5, 3.0).
            (a) Compute the gradient of the root mean squared error with respect to the predictions.
            """, ["1a"]),
        ("c1", """
            Problem 3
            A classifier gives the logits z = (1.5, 0.2, -0.3) and the correct class is the first class. The model is trained with label smoothing, ε = 0.1.
            (a) Compute the training cross-entropy loss for this example.
            """, ["3a"]),
        ("c2", """
            Problem 3
            A classifier gives the logits z = (1.5, 0.2, -0.3) and the correct class is the first class. Because the data are imbalanced, the loss weights each class by w = (2, 1, 1).
            (a) Compute the weighted cross-entropy loss for this example.
            """, ["3a"]),
    ]

    @Test(arguments: refused.indices)
    func refusesWhatItCannotRead(_ index: Int) {
        let (name, text, ids) = Self.refused[index]
        let found = TenthRoundFamilyTests.answers(text)
        for id in ids { #expect(found[id] == nil, "\(name) \(id): \(String(describing: found[id]))") }
    }

    /// "this classifier layer" is the statement's classifier; the part before names another layer.
    @Test func aLayerNamedByTheStatementsWord() {
        let found = TenthRoundFamilyTests.answers("""
            Problem 12
            The classifier ends with nn.Linear(64, 10).
            (a) An audio front end applies nn.Conv1d(1, 32, kernel_size=9, stride=4). Give the number of output channels.
            (b) How many parameters does this classifier layer have?
            """)
        #expect(found["12b"] == .integer(64 * 10 + 10), "\(String(describing: found["12b"]))")
    }
}
