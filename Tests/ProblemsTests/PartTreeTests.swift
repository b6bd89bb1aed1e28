import Problems
import Testing

/// Parts at any depth, numbered items, options and parts written on one line.
@Suite("Segmenter: the tree of parts")
struct PartTreeTests {
    @Test func numberedItemsUnderAProblemAreParts() {
        let set = ProblemSegmenter.segment("""
            Problem 2: Ridge regression
            We observe n = 50 samples with d = 3 features.
            1. Write down the closed-form ridge estimator.
            2. Suppose the features are orthonormal. How does each coefficient shrink?
            3. Now let λ grow without bound.
            (a) What happens to the estimate?
            (b) What happens to the training error?
            4. Which value of λ recovers least squares?
            """)
        #expect(set.partIDs == ["2.1", "2.2", "2.3", "2.3a", "2.3b", "2.4"])
        #expect(set.problems[0].text == "We observe n = 50 samples with d = 3 features.")
    }

    @Test func aNumberedListOfDataStaysInTheStem() {
        let set = ProblemSegmenter.segment("""
            Problem 1
            The network has these layers:
            1. Conv 3×3, 64 channels
            2. MaxPool 2×2
            3. Linear 256 → 10
            (a) How many parameters does layer 3 have?
            (b) What is the output shape of layer 2?
            """)
        #expect(set.partIDs == ["1a", "1b"])
        #expect(set.problems[0].text.contains("2. MaxPool 2×2"))
    }

    @Test func lettersRomansAndNumbersNestInAnyOrder() {
        let set = ProblemSegmenter.segment("""
            Question 4
            (a) Consider the chain A → B → C.
            (i) Compute P(C).
            (ii) Compute P(A | C).
            (b) Now add an edge A → C.
            (i) Compute P(C) again.
            (c) Explain the difference.
            """)
        #expect(set.partIDs == ["4a", "4a.i", "4a.ii", "4b", "4b.i", "4c"])
    }

    @Test func romanPartsOfAProblemWithoutLetters() {
        let set = ProblemSegmenter.segment("""
            Exercise 3.2
            (i) Show that f is convex.
            (ii) Find its minimum.
            """)
        #expect(set.partIDs == ["3.2.i", "3.2.ii"])
    }

    @Test func capitalOptionsUnderAPartAreNoParts() {
        let set = ProblemSegmenter.segment("""
            Problem 5
            (a) Which activation saturates for large inputs?
            (A) ReLU
            (B) sigmoid
            (C) leaky ReLU
            (b) Give its derivative at 0.
            """)
        #expect(set.partIDs == ["5a", "5b"])
        #expect(set.part("5a")?.text.contains("(B) sigmoid") == true)
    }

    @Test func lowercaseOptionsAfterAChoiceQuestionAreNoParts() {
        let set = ProblemSegmenter.segment("""
            Q1. A die is rolled twice.
            1. What is the probability that the sum is 7?
            2. Which of the following events are independent?
            a) the first roll is even
            b) the sum is even
            c) both rolls are equal
            3. Compute the expected maximum.
            """)
        #expect(set.partIDs == ["1.1", "1.2", "1.3"])
    }

    @Test func optionsThatFinishTheSentenceAreNoParts() {
        let set = ProblemSegmenter.segment("""
            Problem 3
            (a) Compute the gradient of the hinge loss at a margin of 0.5.
            (b) Doubling the learning rate makes the first update
            i. twice as large
            ii. half as large
            iii. unchanged
            """)
        #expect(set.partIDs == ["3a", "3b"])
    }

    @Test func subPartsThatFinishATaskSentenceAreParts() {
        let set = ProblemSegmenter.segment("""
            Problem 3
            (a) For the data above, compute the log-likelihood
            (i) under the null model;
            (ii) under the full model.
            """)
        #expect(set.partIDs == ["3a", "3a.i", "3a.ii"])
    }

    @Test func partsWrittenInARowOnOneLine() {
        let set = ProblemSegmenter.segment("""
            Problem 1
            (a) Find the mean. (b) Find the variance; see (a) for the data. (c) Find the median.
            Problem 2
            a) Sketch f. b) Is f convex?
            """)
        #expect(set.partIDs == ["1a", "1b", "1c", "2a", "2b"])
        #expect(set.part("1b")?.text == "Find the variance; see (a) for the data.")
        #expect(set.problems[0].parts.map(\.lines) == [1..<2, 1..<2, 1..<2])
    }

    @Test func pointsBeforeANumberedProblemsTitle() {
        let set = ProblemSegmenter.segment("""
            1. (10 points) Bayes rule.
            (a) Compute the posterior.
            2. [5 pts] Entropy.
            (a) Compute H(X).
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.partIDs == ["1a", "2a"])
    }

    @Test("lines that open no numbered part", arguments: ["(3) y = Wx + b", "(12)", "+ 1. Give the shape.", "2. 5 m/s", "1) x"])
    func notNumberedParts(line: String) {
        let set = ProblemSegmenter.segment("Problem 1\nCompute it.\n" + line)
        #expect(set.partIDs.isEmpty)
    }
}

extension PartTreeTests {
    @Test func implausibleNumberingIsWarnedAbout() {
        let set = ProblemSegmenter.segment("""
            Problem 3
            (a) One.
            (c) Three.
            Problem 4
            (i) Four.
            """)
        #expect(set.partIDs == ["3a", "3c", "4.i"])
        #expect(set.warnings == ["part label 3c skips one before it", "problem numbers start at 3"])
    }
}

/// Header and label forms found in courses' own sets.
extension PartTreeTests {
    @Test func taskHeadersBracketLabelsAndStarredParts() {
        let set = ProblemSegmenter.segment("""
            ### Task 1 — Regression
            [a] Fit the line.
            [b] * Optional: explain the residual plot.
            ### Task 2 — Trees
            (a) Compute the Gini index.
            (b) $^*$ Prove it is concave.
            (c) ^∗ Prove it again.
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.partIDs == ["1a", "1b", "2a", "2b", "2c"])
        #expect(set.part("2c")?.text == "Prove it again.")
    }

    @Test func aBareNumberHeadsItsProblemWhenItsPartsFollow() {
        let set = ProblemSegmenter.segment("""
            Sheet 4
            1.
            (a) Compute the mean.
            (b) Compute the median.
            2. A second problem.
            (a) Compute the mode.
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.partIDs == ["1a", "1b", "2a"])
    }

    @Test func numberedHeadersWinOverANumberedListInsideAProblem() {
        let set = ProblemSegmenter.segment("""
            1. (8 points) Pooling. A network has three stages:
            1. Conv 5×5
            2. ReLU
            3. MaxPool 2×2
            (a) Count the weights.
            2. (6 points) Dropout. A layer keeps each unit with probability 0.8.
            (a) Compute the expected output.
            3. (4 points) Softmax.
            (a) Compute it.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.partIDs == ["1a", "2a", "3a"])
        #expect(set.problems[0].text.contains("2. ReLU"))
    }

    @Test func subPartsListedInsideASentence() {
        let lines = ProblemSegmenter.segment("""
            Problem 5
            (a) For the chain above, estimate the mixing time with (i) the spectral gap; (ii) coupling.
            (b) Estimate it by simulation with
            (i) 100 steps,
            (ii) 1000 steps.
            """)
        #expect(lines.partIDs == ["5a", "5a.i", "5a.ii", "5b", "5b.i", "5b.ii"])
        #expect(lines.part("5a")?.text == "For the chain above, estimate the mixing time with")
    }

    @Test func optionLinesThatRepeatThroughTheSetAreNoRunningHeaders() {
        let set = ProblemSegmenter.segment("""
            Problem 1
            (a) Is the map linear?
            A. True
            B. False
            (b) Is it injective?
            A. True
            B. False
            (c) Is it surjective?
            A. True
            B. False
            """)
        #expect(set.part("1c")?.options.map(\.text) == ["True", "False"])
        #expect(set.part("1c")?.kind == .trueFalse)
    }
}

/// Families from the second development corpus.
extension PartTreeTests {
    @Test func romanProblemNumbersAreCitedAsPrinted() {
        let set = ProblemSegmenter.segment("""
            Problem I — Warm-up
            (a) One.
            Problem II — Trees
            (a) Two.
            (b) Consider the split.
            (i) Its gain.
            """)
        #expect(set.problems.map(\.id) == ["I", "II"])
        #expect(set.partIDs == ["Ia", "IIa", "IIb", "IIb.i"])
        #expect(set.problems.map(\.title) == ["Warm-up", "Trees"])
    }

    /// "Count the trainable parameters of each layer.": a command with what it is done to is the
    /// problem's statement; "State feedback" and "Counting parameters" stay titles.
    @Test func aCommandOnTheHeaderLineIsTheStatement() {
        let set = ProblemSegmenter.segment("""
            Problem 1: Count the trainable parameters of each layer.
            (a) nn.Linear(4, 2)
            Problem 2: Give all answers to three decimals.
            (a) Compute 1/7.
            Problem 3: State feedback
            (a) Find K.
            Problem 4: Counting parameters
            (a) Count.
            """)
        #expect(set.problems.map(\.title) == ["", "", "State feedback", "Counting parameters"])
        #expect(set.problems[0].text == "Count the trainable parameters of each layer.", "\(set.problems[0].text)")
        #expect(set.problems[1].text == "Give all answers to three decimals.", "\(set.problems[1].text)")
    }

    @Test func titlesWithoutPointsOrTheirStatement() {
        let set = ProblemSegmenter.segment("""
            Problem 1: Thin lens (8 marks)
            (a) Find v.
            Problem 2: Pooling [5 pts]
            (a) Count.
            """)
        #expect(set.problems.map(\.title) == ["Thin lens", "Pooling"])
        let numbered = ProblemSegmenter.segment("""
            1. Scaled attention. A query attends over three keys.
            (a) Compute.
            2. Batch norm by hand: a batch holds 1, 2, 3.
            (a) Compute.
            3. A fair die is rolled twice. Find the mean.
            """)
        // A sentence that states the problem is its statement, not its title.
        #expect(numbered.problems.map(\.title) == ["Scaled attention", "Batch norm by hand", ""])
        #expect(numbered.problems[0].text == "A query attends over three keys.")
        #expect(numbered.problems[2].text == "A fair die is rolled twice. Find the mean.")
    }

    @Test func labelsAPDFGluedToTheirMath() {
        let set = ProblemSegmenter.segment("""
            Exercise 2.7
            1. Find the resistance.
            2. Find the current through
            (a)R_1,
            (b)R_2.
            3. Find the power in (a)R_1, (b)R_2.
            """)
        #expect(set.partIDs == ["2.7.1", "2.7.2", "2.7.2a", "2.7.2b", "2.7.3", "2.7.3a", "2.7.3b"])
    }

    @Test func statementsEachJudgedTrueOrFalseAreParts() {
        let set = ProblemSegmenter.segment("""
            Exercise 3.4
            State whether each of the following is true or false.
            1. Light bends away from the normal as it enters the air.
            2. Its frequency changes at the interface.
            Exercise 3.5
            The image is
            (a) real and inverted;
            (b) virtual and upright.
            """)
        #expect(set.partIDs == ["3.4.1", "3.4.2"])
        #expect(set.part("3.4.1")?.kind == .trueFalse)
        #expect(set.problems[1].kind == .multipleChoice)
    }
}

/// Families from the second held-out corpus, after its one run.
extension PartTreeTests {
    @Test func numberedTasksWithPointsAfterScatteredMath() {
        let set = ProblemSegmenter.segment("""
            Q2. (12 points) Quadrature
            The integrand is f(x) = e^x on [0, 1].
            ip
            +
            1. Starting from the midpoint rule, derive its error term. (4 points)
            2. With h = 1/4, the trapezoidal estimate is closest to
            (A) 1.72
            (B) 1.73
            3. Using your answer to item 2, estimate the error. [2 pts]
            """)
        #expect(set.problems[0].title == "Quadrature")
        #expect(set.partIDs == ["2.1", "2.2", "2.3"])
        #expect(set.part("2.2")?.kind == .multipleChoice)
        #expect(set.part("2.3")?.references == ["2.2"])
    }
}

/// Families from the third held-out corpus, after its one run.
extension PartTreeTests {
    @Test func aHeadingItemOverItsSubPartsAndOptionsAfterAColon() {
        let set = ProblemSegmenter.segment("""
            Problem 5
            A reactor runs at 350 K.
            1. Rate constants
            a. Compute k at 350 K.
            b. Compute k at 360 K.
            2. At 370 K the reaction is:
            a) faster than at 360 K
            b) slower than at 360 K
            3. For a batch of n = 64:
            i. (2 points) How long does it take,
            counted in seconds?
            """)
        #expect(set.partIDs == ["5.1", "5.1a", "5.1b", "5.2", "5.3", "5.3.i"])
        #expect(set.part("5.2")?.kind == .multipleChoice)
    }
}

/// Families from the fourth held-out corpus, after its one run.
extension PartTreeTests {
    @Test func starredOptionalProblems() {
        let set = ProblemSegmenter.segment("""
            Problem 1 (Warm-up)
            (a) One.
            Problem 2* (Bonus)
            (a) Two.
            Problem 3^⋆ (Challenge)
            (a) Three.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.partIDs == ["1a", "2a", "3a"])
        #expect(set.problems.map(\.title) == ["Warm-up", "Bonus", "Challenge"])
    }
}

/// The family from the fifth held-out corpus, after its one run.
extension PartTreeTests {
    @Test func marginPointsBeforeNumbersAndLabels() {
        let set = ProblemSegmenter.segment("""
            1. Jobs arrive at a printer at rate 3 per minute.
            (2) (a) What is the utilization?
            (3) (b) Find the mean queue length.
            (5) 2. A router drops one packet in fifty. How many are lost per thousand?
            3. A server farm has two machines.
            (4) i. Compute the load per machine.
            (4) ii. Repeat (i) with three machines.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.partIDs == ["1a", "1b", "3.i", "3.ii"])
    }
}

/// The families from the sixth held-out corpus, after its one run.
extension PartTreeTests {
    @Test func courseCodeIsNoProblemAndNewKeywordRestartsNumbering() {
        let set = ProblemSegmenter.segment("""
            PROB 310: Stochastic Processes, Spring 2025
            Question 1. A chain has two states.
            (a) Find its stationary law.
            Question 2. A queue has one server.
            (a) Find the utilization.
            Challenge problems
            Problem 1: Hitting times
            (a) Derive the mean hitting time.
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        let textbook = ProblemSegmenter.segment("""
            Exercise 1.3
            (a) Compute the mean.
            Exercise 2.7
            (a) Compute the median.
            Problem 1: Hitting times
            (a) Derive the mean hitting time.
            Problem 2: Ruin
            (a) Find the ruin probability.
            """)
        #expect(textbook.problems.map(\.id) == ["1.3", "2.7", "1", "2"])
        #expect(textbook.problems.map(\.title).last == "Ruin")
    }

    @Test func aNumberedListSetsTasksAsAWhole() {
        let set = ProblemSegmenter.segment("""
            Problem 3: Pendulum
            A pendulum of length 2 m swings with small amplitude.
            1. Linearize the equation of motion.
            2. Find the period of small oscillations.
            3. How does the period change on the Moon?
            Problem 4: Network
            The network has these layers:
            1. Conv 3×3, 64 filters
            2. MaxPool 2×2
            Find the output shape.
            """)
        #expect(set.partIDs == ["3.1", "3.2", "3.3"])
    }

    @Test func pointsThenAStatementAreNoTitle() {
        let set = ProblemSegmenter.segment("""
            Q1. (8 pts) A biased coin lands heads with probability 0.3 on each toss.
              a) Find the probability of two heads in three tosses.
            Q2. (5 pts) Entropy
              a) Compute the entropy of the coin.
            """)
        #expect(set.problems.map(\.title) == ["", "Entropy"])
        #expect(set.problems.first?.text.contains("lands heads with probability 0.3") == true)
    }
}

extension PartTreeTests {
    @Test func pointsAfterATitleInParenthesesAreNoStatement() {
        let set = ProblemSegmenter.segment("""
            ## Problem 2 (Kalman filters) [8 pts]
            A robot moves along a line.
            (a) Write the state equation.
            """)
        #expect(set.problems.first?.title == "Kalman filters")
        #expect(set.problems.first?.text == "A robot moves along a line.")
    }
}

/// The families from the seventh held-out corpus, on other examples.
extension PartTreeTests {
    @Test func numberedItemsWithPointsFirstAndQualifiedHeaders() {
        let set = ProblemSegmenter.segment("""
            Problem 1: Embeddings
            A vocabulary has 5000 words.
            1. (2 pts) How many parameters does a 64-dimensional embedding have?
            2. [4 points] Why are embeddings shared with the output layer?
            Extra credit Problem 2: Tying
            (a) Derive the gradient of the tied weights.
            Optional Question 3
            Explain weight tying in one sentence.
            """)
        #expect(set.problems.map(\.id) == ["1", "2", "3"])
        #expect(set.problems.map(\.title) == ["Embeddings", "Tying", ""])
        #expect(set.partIDs == ["1.1", "1.2", "2a"])
    }
}

/// The families from the eighth held-out corpus, on other examples.
extension PartTreeTests {
    @Test func sectionNumbersAPasteSetsApartAndGluedFunctionLabels() {
        let set = ProblemSegmenter.segment("""
            Homework 2

            1

            Gradient checks (8 points)
            Decide for each function whether it is smooth.
            (a)g(t) = sin t on R.
            (b)h(t) = |t| on R.

            2

            Regularization (6 points)
            (a) Derive the ridge solution.
            """)
        #expect(set.problems.map(\.id) == ["1", "2"])
        #expect(set.problems.map(\.title) == ["Gradient checks", "Regularization"])
        #expect(set.partIDs == ["1a", "1b", "2a"])
    }

    @Test func numberedItemsThatFinishATasksSentenceAndATrueOrFalseTitle() {
        let set = ProblemSegmenter.segment("""
            Problem 1: Shapes
            A batch of 8 images enters the network. Compute the number of elements in

            1. the input batch;
            2. the first feature map.
            Question 2. True or false.
            (a) Every symmetric matrix is diagonalizable.
            (b) A 3 × 2 matrix has rank at most 2.
            """)
        #expect(set.partIDs == ["1.1", "1.2", "2a", "2b"])
        #expect(set.part("2a")?.kind == .trueFalse)
        #expect(set.part("2b")?.kind == .trueFalse)
    }
}

/// The families from the ninth held-out corpus, on other examples.
extension PartTreeTests {
    @Test func optionsInTheStyleOfAnOuterLevelAndAMatchingTable() {
        let set = ProblemSegmenter.segment("""
            Q2. Let A be a rotation by 90 degrees.
            a) Write out A.
            b) Properties of A:
               i.  What is det A?
               ii. Which of the following equals A^4?
                   a) 0
                   b) A
                   c) I
            c) Find the eigenvalues of A.
            Q3. Concepts
            1. Match each term to its meaning.
               Term Meaning
               1. Dropout A. Randomly zeroes activations during training
               2. Weight decay B. Penalizes large weights in the loss
               3. Early stopping C. Ends training when validation loss rises
            2. Give one reason to use dropout.
            """)
        #expect(set.partIDs == ["2a", "2b", "2b.i", "2b.ii", "2c", "3.1", "3.2"])
        #expect(set.part("2b.ii")?.options.map(\.label) == ["a", "b", "c"])
    }
}
