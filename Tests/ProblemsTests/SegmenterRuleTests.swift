import Testing
@testable import Problems

@Suite("Segmenter: header and label rules")
struct SegmenterRuleTests {
    private func header(_ line: String) -> ProblemHeader? { ProblemHeader.parse(LineShape(line)) }
    private func label(_ line: String) -> PartLabel? { PartLabel.parse(LineShape(line)) }

    @Test(
        "problem header forms",
        arguments: [
            ("Problem 2", "2", ""), ("Problem 2: Title", "2", "Title"), ("Problem 2 — Title Here", "2", "Title Here"),
            ("Problem 2.", "2", ""), ("PROBLEM 2", "2", ""), ("Question 4:", "4", ""), ("Q3", "3", ""),
            ("Q3.", "3", ""), ("Q3)", "3", ""), ("Exercise 5", "5", ""), ("## Problem 2", "2", ""),
            ("**Problem 2.** Shapes", "2", "Shapes"), ("# 3. Title", "3", "Title"), ("1. Title", "1", "Title"),
            ("1) Title", "1", "Title"), ("Problem 2.3: Sub", "2.3", "Sub"), ("Problem II", "II", ""),
            ("Problem l: OCR", "1", "OCR"), ("Problem 1O", "10", ""), ("Problem 4 (10 points)", "4", "(10 points)"),
            ("Prob. 6 Limits", "6", "Limits"), ("Problem #7", "7", ""),
        ])
    func headerForms(line: String, id: String, title: String) {
        let parsed = header(line)
        #expect(parsed?.id == id)
        #expect(parsed?.title == title)
    }

    @Test(
        "lines that are not problem headers",
        arguments: [
            "Problem 3, part (b) asks for more.", "Problems 1–3 are short.", "Problem Set 4", "Question 4 asks whether",
            "problem 2 is hard", "Q3a", "Quiz 3", "2", "1 2 0 1", "1.5 is the answer", "1. compute this",
            "Page 2 of 4", "Problem", "Problem 2a",
        ])
    func notHeaders(line: String) {
        #expect(header(line) == nil)
    }

    @Test(
        "part label forms",
        arguments: [
            ("(a) Compute.", "a", "(a)", "Compute."), ("a) Compute.", "a", "a)", "Compute."),
            ("(a.) Compute.", "a", "(a.)", "Compute."), ("a. Compute.", "a", "a.", "Compute."),
            ("Part (c)", "c", "Part (c)", ""), ("Part c: Solve", "c", "Part c", "Solve"),
            ("**(b)** Solve", "b", "(b)", "Solve"), ("- (b) Solve", "b", "(b)", "Solve"),
            ("* (b) Solve", "b", "(b)", "Solve"), ("• (b) Solve", "b", "(b)", "Solve"),
            ("(ii) Next", "ii", "(ii)", "Next"), ("i. Next", "i", "i.", "Next"), ("(B) Choice", "B", "(B)", "Choice"),
            ("PART D. Last", "D", "PART D", "Last"), ("(a)", "a", "(a)", ""), ("(c) (5 points) Go", "c", "(c)", "(5 points) Go"),
        ])
    func labelForms(line: String, token: String, written: String, rest: String) {
        let parsed = label(line)
        #expect(parsed?.token == token)
        #expect(parsed?.label == written)
        #expect(parsed?.rest == rest)
    }

    @Test(
        "lines that are not part labels",
        arguments: [
            "(1)", "(2) y = Wx", "[4, 0, −3]", "(4, −1, 0) is a vector", "Part of the reason is speed.",
            "Part a of the proof", "(t) = 3t", "x) = 2", "a)b", "a.", "a) ", "f(x) = 1", "(abc) text", "1 2 0 1",
            "(a)= 3", "part (a) again",
        ])
    func notLabels(line: String) {
        #expect(label(line) == nil)
    }

    @Test("(i) is the ninth letter after (h), else a roman sub-part")
    func ninthLetter() {
        let letters = "abcdefghi".map { "(\($0)) Step \($0)." }.joined(separator: "\n")
        let set = ProblemSegmenter.segment("Problem 1\n" + letters)
        #expect(set.partIDs == "abcdefghi".map { "1\($0)" })
        let sub = ProblemSegmenter.segment("Problem 1\n(a) One.\n(b) Two.\n(i) Sub.\n(ii) Sub.\n(c) Three.")
        #expect(sub.partIDs == ["1a", "1b", "1b.i", "1b.ii", "1c"])
        let romanOnly = ProblemSegmenter.segment("Problem 4\n(i) One.\n(ii) Two.")
        #expect(romanOnly.partIDs == ["4.i", "4.ii"])
    }

    @Test("uppercase choices inside a lowercase part are text")
    func choices() {
        let text = "Problem 1\n(a) Pick one.\n(A) Yes.\n(B) No.\n(C) Maybe.\n(b) Why?"
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b"])
        #expect(set.part("1a")?.text == "Pick one.\n(A) Yes.\n(B) No.\n(C) Maybe.")
    }

    @Test("capital-lettered options after a stem are no parts")
    func optionsAfterAStem() {
        let set = ProblemSegmenter.segment("""
            Problem 2
            The expected number of comparisons of quicksort on n distinct keys grows as
            - (A) O(n)
            - (B) O(n log n)
            - (C) O(n^2)
            Problem 3
            (a) Compute 2 + 2.
            (b) Compute 3 + 3.
            """)
        #expect(set.partIDs == ["3a", "3b"])
        #expect(set.problems.first?.text.contains("(B) O(n log n)") == true)
        // The stem may stand on the header line.
        let onHeader = ProblemSegmenter.segment("Problem 4 Which matrix equals the gradient of the loss?\n(A) XᵀG\n(B) GᵀX\n(C) GX")
        #expect(onHeader.partIDs.isEmpty)
        // Capital parts that carry their own questions stay parts.
        let parts = ProblemSegmenter.segment("Problem 1\nA stem.\n(A) What is 2 + 2?\n(B) What is 3 + 3?")
        #expect(parts.partIDs == ["1a", "1b"])
    }

    @Test("options whose words run on from line to line, or share one line, are no parts")
    func optionsInWordsAreNoParts() {
        // Each option ends in a lowercase word and the next starts with one: still separate blocks.
        let listed = ProblemSegmenter.segment("""
            Problem 5
            A price cut raises revenue, so demand over this range is

            (A) price elastic
            (B) price inelastic
            (C) unit elastic
            Problem 6
            (a) Compute 2 + 2.
            """)
        #expect(listed.partIDs == ["6a"])
        #expect(listed.problems.first?.text.contains("(C) unit elastic") == true)
        // A paragraph joined into one line ("(A) … (B) … (C) …") lists options too.
        let joined = ProblemSegmenter.segment("Problem 2\nThe bus company should\n\n(A) raise fares (B) cut fares (C) keep fares (D) stop service")
        #expect(joined.partIDs.isEmpty)
        #expect(joined.problems.first?.text.contains("(D) stop service") == true)
    }

    @Test("weak labels must run in sequence; parts restart per problem")
    func weakSequence() {
        let text = "Problem 1\na. First.\nb. Second.\nd. Fourth.\nProblem 2\na) Again.\nc) Skipped."
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b", "2a"])
        #expect(set.part("1b")?.text == "Second.\nd. Fourth.")
    }

    @Test("a strong label may skip one letter lost to OCR")
    func skippedLetter() {
        let set = ProblemSegmenter.segment("Problem 1\n(a) One.\n(c) Three.\n(d) Four.")
        #expect(set.partIDs == ["1a", "1c", "1d"])
    }

    @Test("numbered headers continue the sequence 1, 2, 3")
    func numberedSequence() {
        let text = """
            1. Setup
            Read the data.
            3. Skipped Number
            a) First part.
            2. Model
            a) Fit it.
            2. Again
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.problems[0].text == "Read the data.\n3. Skipped Number")
        #expect(set.partIDs == ["1a", "2a"])
        #expect(set.part("2a")?.text == "Fit it.\n2. Again")
    }

    @Test("keyword headers win over numbered lines")
    func keywordTier() {
        let text = "Problem 1: Steps\n1. Open the file.\n2. Read it.\n(a) Count lines.\nProblem 2\n(a) Done."
        let set = ProblemSegmenter.segment(text)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.problems[0].text == "1. Open the file.\n2. Read it.")
        #expect(set.partIDs == ["1a", "2a"])
    }

    @Test("a label continuing a broken sentence or formula is text")
    func brokenSentence() {
        let text = "Problem 1\n(a) Let g(a,\nb) = 0 and solve it.\n(b) Next.\nProblem 2\n(a) Take f and\nb. then stop.\nb. Then go."
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b", "2a", "2b"])
        #expect(set.part("2a")?.text == "Take f and\nb. then stop.")
    }

    @Test("page furniture is left out of text, matrix rows are kept")
    func pageFurniture() {
        let text = """
            Problem 1
            (a) Use the matrix
            1 2
            3
            4 5
            for this part.
            - 2 -
            Page 2 of 3
            2 / 3
            (b) Next.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b"])
        #expect(set.part("1a")?.text == "Use the matrix\n1 2\n3\n4 5\nfor this part.")
    }

    @Test("a numbered list with points inside a problem is its parts, not the problems")
    func pointedListInsideAProblem() {
        let text = """
            1. Optimizers (20 pts)
            Start from w = (1, 1).
            (a) (3 pts) One step of gradient descent.
            2. Schedules (12 pts)
            1. (3 pts) StepLR with step size 30: the rate in epoch 75?
            2. (3 pts) Cosine annealing: the rate at step 25?
            3. (3 pts) Linear warm-up: the rate at step 200?
            3. Least squares (18 pts)
            (a) (5 pts) The least-squares fit.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.part("2.2")?.text.hasPrefix("(3 pts) Cosine annealing") == true)
    }

    @Test("a running head of one word and a number is furniture; said once, it is text")
    func numberedRunningHead() {
        let text = """
            Lecture 7
            Problem 1
            (a) Repeat the exercise with a stride of 2.

            Lecture 7
            (b) Next part.
            (c) Read Lecture 7 again.
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.part("1a")?.text == "Repeat the exercise with a stride of 2.")
        #expect(set.part("1c")?.text == "Read Lecture 7 again.")
    }

    @Test("a line of code or a formula written in two parts is content, not a running head")
    func repeatedCodeIsContent() {
        let text = """
            CS 480 Homework 4
            Problem 2
            (a) Consider the block:
                    nn.Conv2d(16, 32, kernel_size=3, padding=1)
                    nn.BatchNorm2d(num_features=32, affine=True)
                How many parameters does it have?
            (b) Time the same block:
                    nn.Conv2d(16, 32, kernel_size=3, padding=1)
                    nn.BatchNorm2d(num_features=32, affine=True)
                How long does it take?

            CS 480 Homework 4
            (c) With y = W x + b as before, what is the output size?
            (d) Again with y = W x + b as before, what is the input size?
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.part("2a")?.text.contains("nn.Conv2d(16, 32, kernel_size=3, padding=1)") == true, "\(String(describing: set.part("2a")?.text))")
        #expect(set.part("2b")?.text.contains("nn.BatchNorm2d(num_features=32, affine=True)") == true, "\(String(describing: set.part("2b")?.text))")
        #expect(set.part("2b")?.text.contains("Homework") == false, "\(String(describing: set.part("2b")?.text))")
        #expect(set.part("2c")?.text.contains("y = W x + b") == true, "\(String(describing: set.part("2c")?.text))")
    }

    @Test("a running head with a formula in it is still furniture")
    func runningHeadWithAFormula() {
        let text = """
            STAT 200 — Homework 3 — P(A ∪ B) review

            1. P(A) = 0.3, P(B) = 0.5, independent.
            (a) Find P(A ∩ B).
            (b) Find P(A ∪ B).

            STAT 200 — Homework 3 — P(A ∪ B) review

            2. P(A) = 0.2, P(B) = 0.4, disjoint.
            (a) Find P(A ∪ B).
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.part("1b")?.text == "Find P(A ∪ B).", "\(String(describing: set.part("1b")?.text))")
    }

    @Test("problem number gaps give a warning")
    func gapWarning() {
        let set = ProblemSegmenter.segment("Problem 1\n(a) x\nProblem 3\n(a) y")
        #expect(set.problems.map(\.id) == ["1", "3"])
        #expect(set.warnings == ["problem numbers jump from 1 to 3"])
    }

    @Test("LaTeX section and item[(a)] wrappers are read through")
    func latexWrappers() {
        let text = "\\section*{Problem 1: Sums}\nLet $n = 4$.\n\\item[(a)] Add.\n\\item[(b)] Multiply.\n\\section*{Problem 2}"
        let set = ProblemSegmenter.segment(text)
        #expect(set.problems.map(\.title) == ["Sums", ""])
        #expect(set.partIDs == ["1a", "1b"])
    }

    @Test("bare numbers are page numbers only when they count pages")
    func pageNumberChain() {
        let text = """
            Problem 1
            (a) The output length is
            5
            so the next layer sees it.
            1
            (b) Compute the entry
            0
            of the first row.
            2
            (c) Last.
            3
            """
        let set = ProblemSegmenter.segment(text)
        #expect(set.partIDs == ["1a", "1b", "1c"])
        #expect(set.part("1a")?.text == "The output length is\n5\nso the next layer sees it.")
        #expect(set.part("1b")?.text == "Compute the entry\n0\nof the first row.")
        #expect(set.part("1c")?.text == "Last.")
    }
}

/// Numbered problems that carry their points are the problems; a numbered list inside one of
/// them ("1. … 5.") makes its parts, however long it runs.
@Suite("Segmenter: numbered lists inside numbered problems")
struct NumberedListInsideProblemTests {
    @Test func headersWithPointsOutrankALongerListInside() {
        let set = ProblemSegmenter.segment("""
            1. Warm-up (4 pts)
            (a) What is 2 + 2?
            2. Counting (10 pts)
            Answer each:
            1. How many weights does layer A have?
            2. How many biases does it have?
            3. How many weights does layer B have?
            4. How many biases does it have?
            5. How many parameters in all?
            3. 2D pooling (6 pts)
            (a) Apply max pooling.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.problems.map { $0.parts.count } == [1, 5, 1])
        #expect(set.problems.last?.title.hasPrefix("2D pooling") == true)
    }
}
