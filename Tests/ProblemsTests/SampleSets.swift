import Problems

/// Problem sets written for these tests, one per formatting style, with their expected part ids.
enum SampleSets {
    /// (1) "Problem N: Title" headers and "(a)" parts.
    static let problemColon = """
        Homework 5: Linear Algebra Warm-up
        Due Monday at noon. Show all steps; answers without work get half credit.

        Problem 1: Matrix Products
        Let A = [2 1; 0 3] and B = [1 -1; 4 2].
        (a) Compute the product AB.
        (b) Compute BA and compare it with AB.
        (c) Is matrix multiplication commutative? Explain in one sentence.

        Problem 2: Norms of a Vector
        Let v = [3, -4, 12].
        (a) Compute the Euclidean norm of v.
        (b) Compute the 1-norm and the max-norm of v, and the norm of (1, 2, 2).

        Problem 3: Eigenvalues
        (a) Find the eigenvalues of [4 1; 2 3].
        (b) Find one eigenvector for each eigenvalue.
        (c) Verify that the trace, 7, equals the sum of the eigenvalues.
        (d) Verify that the determinant equals their product.
        """
    static let problemColonIDs = ["1a", "1b", "1c", "2a", "2b", "3a", "3b", "3c", "3d"]

    /// (2) Markdown "## Question N" headers and bold "**(a)**" parts.
    static let markdown = """
        # Statistics Homework 2

        Submit a PDF. Each question is worth 10 points.

        ## Question 1
        A fair die is rolled 12 times.

        **(a)** What is the expected number of sixes?

        **(b)** What is the variance of the number of sixes?

        ## Question 2: Sampling
        - **(a)** Draw 5 samples from {1, 2, 3} with replacement. How many ordered outcomes are there?
        - **(b)** How many are there without replacement, if we draw 2?
        - **(c)** Explain the difference in two sentences.

        ## Question 3
        **(a)** What is the mean of [2, 4, 6, 8]?
        **(b)** What is the median of (5, 1, 9)?
        """
    static let markdownIDs = ["1a", "1b", "2a", "2b", "2c", "3a", "3b"]

    /// (3) "1. Title" numbering, "a)" parts and "(i)/(ii)" sub-parts.
    static let numbered = """
        Numerical Methods, Assignment 4
        Work in groups of two.

        1. Root Finding
        Consider f(x) = x^3 - 2x - 5 on the interval [2, 3].
        a) Perform two steps of bisection.
        b) Perform Newton's method from x_0 = 2.
        (i) Write the update formula.
        (ii) Compute x_1 and x_2.
        c) Compare the two methods after 3 steps.

        2. Interpolation
        The points (0, 1), (1, 3) and (2, 2) are given.
        a) Find the interpolating polynomial of degree 2.
        (i) Use the Lagrange form.
        (ii) Use the Newton form.
        (iii) Check that both forms agree.
        b) Evaluate it at x = 1.5.

        3. Quadrature
        a) Apply the trapezoidal rule to the integral of x^2 on [0, 1] with 4 subintervals.
        b) Apply Simpson's rule with the same 5 points.
        """
    static let numberedIDs = [
        "1a", "1b", "1b.i", "1b.ii", "1c", "2a", "2a.i", "2a.ii", "2a.iii", "2b", "3a", "3b",
    ]

    /// (4) "Q1"/"Q2" headers and "Part (a)" parts, with equation numbers, page numbers,
    /// bracket lists, matrix rows, prose "Part of …" and "f(a,\nb)" that must not become structure.
    static let questions = """
        Q1. Least Squares
        We fit y = w x + b to the data below. The normal equations are
            X^T X w = X^T y                                   (1)
        and the residual is
            r = y - X w
        (2)
        Part (a) Write X and y for the points (1, 2), (2, 3) and (3, 5), with f(a,
        b) = 0 as the constraint.
        [1, 2, 3]
        (4, -1, 0) is not a data point; ignore it.
        Part (b): Solve equation (1) for w and b.
        Part of the reason least squares is popular is that (1) has a closed form.
        Part (c) Compute the residual r from (2) and report its norm.

        Page 1 of 2

        Q2) Matrix Rank
        The matrix
        1 2 0 1
        0 1 3 2
        2 4 6
        has two rows shown above and a third row below the line.
        Part (a) What is its rank?
        Part b: Find a basis of its null space.
        (i) Write the null space equations.
        (ii) Conclude.
        Part c. Check your basis with [1 2 0 1; 0 1 3 2].

        Page 2 of 2
        Q3
        Part (a) State the rank-nullity theorem for a 2 by 4 matrix.
        """
    static let questionsIDs = ["1a", "1b", "1c", "2a", "2b", "2b.i", "2b.ii", "2c", "3a"]

    /// (5) A PDF's text layer as pasted: a running header on every page, lone page numbers,
    /// lines broken mid-sentence and garbled sums ("Pn", "j=1").
    static let pastedPDF = """
        CS 487 Homework 3
        Problem 1: Sliding Windows
        A filter of width 3 slides over the sequence x with stride 1. The output
        is defined by
        yi =
        Pn
        j=1 wj xi+j−1
        (a) Write y1 and y2 in terms of the wj and the xi. Use the sequence x =
        (2, 0, 1, 3).
        (b) How many outputs are there for a sequence of length n and a filter of
        width k?
        2
        CS 487 Homework 3
        (c) With stride 2 instead, how many outputs are
        there for n = 9 and k = 3?
        Problem 2: Pooling
        Max pooling keeps the largest value of each window. Let
        3 1
        2 5
        be the input.
        (a) Apply a 2 × 2 max pool with stride 2 to the matrix above.
        (b) Apply an average pool
        instead and compare the two results.
        3
        CS 487 Homework 3
        Problem 3: Receptive Fields
        (a) Two 3×3 convolutions are stacked. What is the receptive field of one
        output?
        (b) What changes if the second one has dilation 2?
        4
        """
    static let pastedPDFIDs = ["1a", "1b", "1c", "2a", "2b", "3a", "3b"]

    /// One small problem set in three forms: clean text, a messy pasted/OCR version, Markdown.
    static let clean = """
        Problem 1: Gradient Descent
        We minimize f(w) = (w - 3)^2 starting from w = 0.
        (a) Write the gradient of f.
        (b) Take one step with learning rate 0.1.
        (c) Take a second step.

        Problem 2: Momentum
        (a) Write the momentum update with coefficient 0.9.
        (i) For the velocity.
        (ii) For the weights.
        (b) Run two steps from w = 0 with learning rate 0.1.
        """
    static let messy = """
        ML 201 Problem Set

        Problem l: Gradient Descent
        We minimize f (w) = (w − 3)2 starting from w = 0.

        (a) Write the gradient of
        f.
        (b) Take one step with learning rate
        0.1.
        ML 201 Problem Set
        Page 1 of 2
        (c) Take a second
        step.

        PROBLEM 2 — Momentum
        (a) Write the momentum update with coefficient 0.9.

          (i) For the velocity.
          (ii) For the
        weights.
          (b) Run two steps from w = 0 with learning rate 0.1.
        ML 201 Problem Set
        Page 2 of 2
        """
    static let markdownForm = """
        ## Problem 1: Gradient Descent
        We minimize $f(w) = (w - 3)^2$ starting from $w = 0$.

        * **(a)** Write the gradient of $f$.
        * **(b)** Take one step with learning rate $0.1$.
        * **(c)** Take a second step.

        ## Problem 2: Momentum
        * **(a)** Write the momentum update with coefficient $0.9$.
            * (i) For the velocity.
            * (ii) For the weights.
        * **(b)** Run two steps from $w = 0$ with learning rate $0.1$.
        """
    static let smallIDs = ["1a", "1b", "1c", "2a", "2a.i", "2a.ii", "2b"]

    static let all = [problemColon, markdown, numbered, questions, pastedPDF, clean, messy, markdownForm]
}
