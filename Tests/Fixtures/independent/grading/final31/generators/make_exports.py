#!/usr/bin/env python3
"""Generate the JSON chat exports of the final31 corpus.

Writes (relative to the corpus root, i.e. the parent of this folder):
  stat-estimation/transcripts/chatgpt-export.json       ChatGPT export, 3 conversations,
        regenerated branch, current_node on the *older* branch, thoughts/reasoning_recap nodes
  dsp-dft/transcripts/conversations.json                ChatGPT export, 2 conversations,
        python tool call + execution_output, private-use citation markers
  numerics-worksheet/transcripts/chatgpt-noncurrent.json ChatGPT export without current_node;
        graded branch = leaf with the latest create_time
  dsp-dft/transcripts/claude_export.json                Claude export, 2 conversations,
        thinking block, attachment with extracted_content
  numerics-worksheet/transcripts/claude-tools.json      Claude export, tool_use / tool_result

Deterministic: fixed ids (uuid5), fixed timestamps, no randomness. Re-running gives
byte-identical files.
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2e0a-3b7d-4c51-9a44-0d2f7e31b8a5")


def uid(label):
    return str(uuid.uuid5(NS, label))


CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


# --------------------------------------------------------------------------
# ChatGPT export helpers
# --------------------------------------------------------------------------
class Tree:
    def __init__(self, conv_label):
        self.conv = conv_label
        self.mapping = {}
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root

    def add(self, label, parent, role, content, t, name=None, recipient="all",
            metadata=None, end_turn=None, status="finished_successfully", channel=None):
        nid = uid(self.conv + "/" + label)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": channel,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def system(self):
        return self.add("system", self.root, "system",
                        {"content_type": "text", "parts": [""]}, None,
                        metadata={"is_visually_hidden_from_conversation": True}, end_turn=True,
                        recipient="all")

    def user(self, label, parent, text, t):
        return self.add(label, parent, "user", {"content_type": "text", "parts": [text]}, t,
                        metadata={"request_id": uid(self.conv + "/req/" + label)[:24],
                                  "message_source": None})

    def assistant(self, label, parent, text, t, model="gpt-4o"):
        return self.add(label, parent, "assistant", {"content_type": "text", "parts": [text]}, t,
                        metadata={"model_slug": model, "default_model_slug": model,
                                  "finish_details": {"type": "stop", "stop_tokens": [200002]},
                                  "parent_id": parent},
                        end_turn=True)

    def thoughts(self, label, parent, items, t, model):
        return self.add(label, parent, "assistant",
                        {"content_type": "thoughts",
                         "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                      for s, c in items],
                         "source_analysis_msg_id": uid(self.conv + "/analysis/" + label)},
                        t, metadata={"model_slug": model, "parent_id": parent},
                        end_turn=False, recipient="all", channel="analysis")

    def recap(self, label, parent, secs, t, model):
        return self.add(label, parent, "assistant",
                        {"content_type": "reasoning_recap",
                         "content": "Thought for %d seconds" % secs},
                        t, metadata={"model_slug": model, "parent_id": parent},
                        end_turn=False, recipient="all")

    def code(self, label, parent, src, t, model="gpt-4o"):
        return self.add(label, parent, "assistant",
                        {"content_type": "code", "language": "unknown",
                         "response_format_name": None, "text": src},
                        t, metadata={"model_slug": model, "parent_id": parent},
                        end_turn=False, recipient="python")

    def tool_output(self, label, parent, out, t):
        return self.add(label, parent, "tool",
                        {"content_type": "execution_output", "text": out},
                        t, name="python",
                        metadata={"aggregate_result": {"status": "success", "run_id": uid(self.conv + "/run/" + label),
                                                       "start_time": t, "update_time": t + 1.2,
                                                       "code": "", "end_time": t + 1.2,
                                                       "final_expression_output": None,
                                                       "in_kernel_exception": None,
                                                       "system_exception": None,
                                                       "messages": [], "jupyter_messages": [],
                                                       "timeout_triggered": None},
                                  "is_complete": True, "parent_id": parent})

    def conversation(self, title, t0, t1, current, model):
        d = {
            "title": title,
            "create_time": t0,
            "update_time": t1,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current is not None:
            d["current_node"] = current
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.conv),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "blocked_urls": [],
            "default_model_slug": model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "disabled_tool_ids": [],
            "is_do_not_remember": False,
            "memory_scope": "global_enabled",
            "sugar_item_id": None,
            "id": uid(self.conv),
        })
        return d


def simple_chat(label, title, turns, t0, model="gpt-4o"):
    tr = Tree(label)
    node = tr.system()
    t = t0
    for i, (u, a) in enumerate(turns):
        node = tr.user("u%d" % i, node, u, t)
        t += 9.5
        node = tr.assistant("a%d" % i, node, a, t, model)
        t += 120.25
    return tr.conversation(title, t0 - 0.5, t, node, model)


def write_json(relpath, data, **kw):
    path = os.path.join(ROOT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, **kw))


# ==========================================================================
# A. stat-estimation / chatgpt-export.json
# ==========================================================================
PS5_PASTE = """Problem Set 5 — STAT 3120. Unless a part says otherwise give decimal answers to four decimal places. t_{0.975,5} = 2.571.

1. Soil nitrate readings (mg/kg) at six plots: 4.1, 5.3, 3.8, 6.0, 5.1, 4.9. i.i.d. N(μ, σ²), both unknown.
(a) Compute the sample mean x̄.
(b) Compute the unbiased sample variance s² (divide by n−1).
(c) Construct a two-sided 95% confidence interval for μ based on the t distribution. Report the endpoints to two decimal places.

2. Defects on five sheets of glass: 2, 0, 3, 1, 4. i.i.d. Poisson(λ).
(a) Find the MLE λ̂.
(b) Using the plug-in principle, estimate P(X = 0) at λ = λ̂.
(c) For a single observation x, write down the score function U(λ) = ∂/∂λ log p(x; λ).

3. (a) A study reports a 95% CI of (12.1, 15.4) for a population mean. Which statement is correct?
(A) There is a 95% probability that μ lies in (12.1, 15.4).
(B) 95% of the sample values lie between 12.1 and 15.4.
(C) If the sampling and interval construction were repeated many times, about 95% of the intervals produced would contain μ.
(D) The sample mean lies in (12.1, 15.4) with probability 0.95.
(b) True or false: for an i.i.d. normal sample, the MLE of σ², (1/n)Σ(xᵢ − x̄)², is an unbiased estimator of σ²."""

PS5_BRANCH_A = r"""Here's a full solution to Problem Set 5.

## Problem 1 — Nitrate readings

**(a)** The readings sum to 29.2, so

$$\bar x = \frac{29.2}{6} = 4.8667$$

**(b)** Deviations from $\bar x$: −0.7667, 0.4333, −1.0667, 1.1333, 0.2333, 0.0333. Their squares sum to

$$\sum_i (x_i-\bar x)^2 = 3.2533.$$

Dividing by the sample size,

$$s^2 = \frac{3.2533}{6} = 0.5422$$

**(c)** $s = \sqrt{0.5422} = 0.7364$, so $\mathrm{SE} = 0.7364/\sqrt6 = 0.3006$ and the margin is $2.571 \times 0.3006 = 0.7729$:

$$\bar x \pm 0.7729 \;\Rightarrow\; \boxed{(4.09,\ 5.64)}$$

## Problem 2 — Poisson defects

**(a)** $\ell(\lambda) = \left(\sum x_i\right)\log\lambda - n\lambda + \text{const}$, and $\ell'(\lambda) = \sum x_i/\lambda - n = 0$ gives

$$\hat\lambda = \bar x = \frac{10}{5} = 2$$

**(b)** $P(X=0) = e^{-\lambda}$; plugging in $\hat\lambda = 2$:

$$\hat P(X=0) = e^{-2} \approx 0.1353$$

**(c)** For one observation, $\log p(x;\lambda) = x\log\lambda - \lambda - \log x!$, so

$$U(\lambda) = \frac{x}{\lambda} - 1$$

## Problem 3 — Concepts

**(a)** **(C).** The 95% is a property of the procedure under repeated sampling; μ itself is fixed, so (A) is the classic misinterpretation.

**(b)** **False.** $E\!\left[\tfrac1n\sum(x_i-\bar x)^2\right] = \tfrac{n-1}{n}\sigma^2$, so the MLE is biased low.

---

| Part | Answer |
|---|---|
| 1(a) | 4.8667 |
| 1(b) | 0.5422 |
| 1(c) | (4.09, 5.64) |
| 2(a) | 2 |
| 2(b) | 0.1535 |
| 2(c) | x/λ − 1 |
| 3(a) | C |
| 3(b) | False |"""

PS5_BRANCH_A_FOLLOW = r"""Yes — **C** is correct, and your TA is right that (A) is the trap.

Once the data are observed, the interval (12.1, 15.4) either contains μ or it doesn't; there is no probability left in that statement under the frequentist view. The "95%" describes how often the *method* captures μ across repeated samples, which is exactly statement (C)."""

PS5_BRANCH_B = r"""## Solutions — Problem Set 5

### 1. Nitrate readings

(a) $\bar x = 29.2/6 = \mathbf{4.8667}$

(b) $\sum (x_i - \bar x)^2 = 3.2533$, so $s^2 = 3.2533/5 = \mathbf{0.6507}$

(c) $s = 0.8066$, $\mathrm{SE} = 0.3293$, margin $= 2.571 \times 0.3293 = 0.8467$, giving $\mathbf{(4.02,\ 5.71)}$.

### 2. Poisson defects

(a) $\hat\lambda = \bar x = \mathbf{2}$

(b) $e^{-2} = \mathbf{0.1353}$

(c) $U(\lambda) = \dfrac{x}{\lambda} - 1$

### 3. Concepts

(a) **C**

(b) **False** — the MLE divides by $n$ and has expectation $\frac{n-1}{n}\sigma^2$."""


def export_a():
    model = "o3"
    tr = Tree("ps5")
    s = tr.system()
    t0 = 1760659200.0  # 2025-10-17
    u = tr.user("u0", s, "Solve this problem set, show work please.\n\n" + PS5_PASTE, t0)
    # branch A (original answer)
    th = tr.thoughts("a-thoughts", u, [
        ("Computing sample statistics",
         "Sum is 29.2, mean 4.866666. Squared deviations sum to 3.253333. Variance: divide by 6 gives 0.542222."),
        ("Working through Poisson MLE",
         "MLE is the sample mean = 2. P(X=0) = e^-2 = 0.1353. Score for one obs: x/lambda - 1."),
    ], t0 + 4.0, model)
    rc = tr.recap("a-recap", th, 17, t0 + 21.0, model)
    a = tr.assistant("a-text", rc, PS5_BRANCH_A, t0 + 22.0, model)
    fu = tr.user("u1", a, "can you double check 3(a)? my TA said A is a common trap", t0 + 400.0)
    th2 = tr.thoughts("a2-thoughts", fu, [
        ("Revisiting CI interpretation", "Frequentist coverage: C. A treats mu as random."),
    ], t0 + 403.0, model)
    rc2 = tr.recap("a2-recap", th2, 4, t0 + 407.0, model)
    a2 = tr.assistant("a2-text", rc2, PS5_BRANCH_A_FOLLOW, t0 + 408.0, model)
    # branch B: the user later regenerated the first answer, then switched back to branch A
    thb = tr.thoughts("b-thoughts", u, [
        ("Recomputing", "Unbiased variance uses n-1: 3.253333/5 = 0.650667. CI 4.8667 +/- 0.8467."),
    ], t0 + 905.0, model)
    rcb = tr.recap("b-recap", thb, 12, t0 + 917.0, model)
    tr.assistant("b-text", rcb, PS5_BRANCH_B, t0 + 918.0, model)
    graded = tr.conversation("PS5 estimation and testing", t0 - 1.0, t0 + 918.0, a2, model)

    other1 = simple_chat("sourdough", "Sourdough starter schedule", [
        ("my starter doubles in 4 hours then collapses, should I feed it more often?",
         "If it peaks at around 4 hours and then collapses, it's hungry rather than weak. "
         "Try a 1:2:2 ratio (starter:flour:water by weight) twice a day, or 1:5:5 if you can "
         "only feed once a day. Keeping it a little cooler (around 22 °C) also slows it down."),
    ], 1760400000.0)
    other2 = simple_chat("latex-table", "Align decimal points in LaTeX table", [
        ("how do I align numbers on the decimal point in a tabular?",
         "Use the `siunitx` package and an `S` column:\n\n```latex\n\\usepackage{siunitx}\n"
         "\\begin{tabular}{l S[table-format=1.4]}\nmean & 4.8667 \\\\\nvariance & 0.6507 \\\\\n"
         "\\end{tabular}\n```\n\nThe `table-format=1.4` reserves one integer digit and four decimals."),
    ], 1760745600.0)
    write_json("stat-estimation/transcripts/chatgpt-export.json", [other2, graded, other1])


# ==========================================================================
# B. dsp-dft / conversations.json  (python tool + citation markers)
# ==========================================================================
HW4_PASTE = """EE 242 HW4 (sequences start at n = 0; N-point DFT X[k] = sum x[n] e^{-j2πkn/N})

1. x = [1, 2, 0, -1], h = [2, -1, 1]
(a) Compute the linear convolution y = x * h. Give all nonzero samples, starting at n = 0.
(b) Compute the 4-point circular convolution (zero-pad h to length 4).

2. v = [1, 0, -1, 2], V[k] its 4-point DFT.
(a) Find |V[1]|. Exact form or three decimals.
(b) Find V[2].
(c) Use Parseval's relation to find sum_{k=0}^{3} |V[k]|^2 without computing every V[k].

3. (a) A 7 kHz sinusoid is sampled at fs = 10 kHz. At what frequency in [0, fs/2] does it appear after sampling? Answer in kHz.
(b) The three-point moving average y[n] = (1/3)(x[n] + x[n-1] + x[n-2]) has frequency response H(e^{jω}). Compute |H(e^{jω})| at ω = π/2.
(c) The FIR filter with impulse response h = [1, -1] is best described as: (A) low-pass (B) high-pass (C) band-pass (D) all-pass"""

HW4_CODE = """import numpy as np
x = np.array([1, 2, 0, -1]); h = np.array([2, -1, 1])
y = np.convolve(x, h)
hz = np.r_[h, 0]
yc = np.real(np.fft.ifft(np.fft.fft(x) * np.fft.fft(hz))).round().astype(int)
v = np.array([1, 0, -1, 2]); V = np.fft.fft(v)
print("y  =", y)
print("yc =", yc)
print("V  =", V)
print("|V[1]| =", abs(V[1]))
print("sum|V|^2 =", np.sum(abs(V)**2))"""

HW4_OUT = """y  = [ 2  3 -1  0  1 -1]
yc = [ 3  2 -1  0]
V  = [ 2.+0.j  2.+2.j -2.+0.j  2.-2.j]
|V[1]| = 2.8284271247461903
sum|V|^2 = 24.0"""

HW4_TEXT = ("I checked the convolution and DFT numerically (output above); here is the worked solution.\n\n"
            "### 1. Convolution\n\n"
            "**(a)** Sliding $h$ across $x$ gives six samples:\n\n"
            "$$y = [2,\\ 3,\\ -1,\\ 0,\\ 1,\\ -1]$$\n\n"
            "**(b)** For the 4-point circular convolution the samples at $n = 4, 5$ wrap around onto $n = 0, 1$:\n\n"
            "$$y_c = [2+1,\\ 3-1,\\ -1,\\ 0] = [3,\\ 2,\\ -1,\\ 0]$$\n\n"
            "### 2. DFT of $v = [1, 0, -1, 2]$\n\n"
            "**(a)** $V[1] = 1 + 0 + (-1)(-1) + 2(j) = 2 + 2j$, so $|V[1]| = 2\\sqrt{2} \\approx 2.828$.\n\n"
            "**(b)** $V[2] = 1 - 0 + (-1) - 2 = -2$.\n\n"
            "**(c)** Parseval's relation for an $N$-point DFT is $\\sum_k |V[k]|^2 = N\\sum_n |v[n]|^2$ "
            + CITE("turn0search2") +
            ", so $\\sum_k |V[k]|^2 = 4 \\times 6 = 24$.\n\n"
            "### 3. Sampling and filters\n\n"
            "**(a)** Before I give a number: does your course assume the 7 kHz tone goes straight into the "
            "sampler, or is there an analog anti-aliasing filter in front of it? With a filter cutting off at "
            "$f_s/2 = 5$ kHz the tone would be removed entirely; without one it folds into the baseband. "
            "Let me know which setup the problem intends.\n\n"
            "**(b)** $H(e^{j\\omega}) = \\tfrac13\\left(1 + e^{-j\\omega} + e^{-j2\\omega}\\right)$. At $\\omega = \\pi/2$ "
            "the terms are $1$, $-j$ and $1$, so\n\n"
            "$$|H(e^{j\\pi/2})| = \\tfrac13\\,|2 - j| = \\frac{\\sqrt5}{3} \\approx 0.745$$\n\n"
            "**(c)** $H(e^{j\\omega}) = 1 - e^{-j\\omega}$ is zero at DC and has magnitude 2 at $\\omega = \\pi$ "
            + CITE("turn0search5") +
            ", so the answer is **(B) high-pass**.")


def export_b():
    model = "gpt-4o"
    tr = Tree("hw4-py")
    s = tr.system()
    t0 = 1738633200.0  # 2025-02-04
    u = tr.user("u0", s, HW4_PASTE, t0)
    c = tr.code("code", u, HW4_CODE, t0 + 6.0, model)
    o = tr.tool_output("out", c, HW4_OUT, t0 + 8.0)
    a = tr.assistant("text", o, HW4_TEXT, t0 + 14.0, model)
    graded = tr.conversation("EE242 HW4 DFT + convolution", t0 - 0.5, t0 + 14.0, a, model)
    other = simple_chat("twinx", "Matplotlib twin y axis", [
        ("how do i put a second y axis on the right in matplotlib",
         "Use `ax.twinx()`:\n\n```python\nfig, ax = plt.subplots()\nax.plot(t, x, 'b-')\nax2 = ax.twinx()\n"
         "ax2.plot(t, y, 'r--')\nax2.set_ylabel('second axis', color='r')\n```\n\nBoth axes share the x axis."),
    ], 1738540800.0)
    write_json("dsp-dft/transcripts/conversations.json", [graded, other])


# ==========================================================================
# C. numerics-worksheet / chatgpt-noncurrent.json  (no current_node)
# ==========================================================================
WS7_PASTE = """Worksheet 7. Exercise 7.1: Newton's method on f(x) = x^3 - 2x - 5 from x0 = 2. a) x1 b) x2 to 5 decimal places.
Exercise 7.2: f(w) = (1/2) w^T A w - b^T w, A = [[3, 1], [1, 2]], b = [1, -1]. GD with eta = 0.2 from w_0 = (0, 0). a) w_1 b) w_2 c) exact minimizer w* d) largest constant step size for which GD converges from every start (supremum, three decimals).
Exercise 7.3: composite trapezoid rule with n = 4 (h = 0.25) for the integral of exp(-x^2) from 0 to 1, 4 decimal places.
Exercise 7.4: Hessian of f(x, y) = x^2 y + y^3 at (1, 2)."""

WS7_V1 = r"""**Exercise 7.1**

a) $x_1 = 2 - \frac{f(2)}{f'(2)} = 2 - \frac{-1}{10} = 2.1$

b) $x_2 = 2.1 - \frac{0.061}{11.23} = 2.09457$

**Exercise 7.2**

a) $w_1 = (0.2, -0.2)$

b) $w_2 = (0.32, -0.36)$

c) $w^* = A^{-1}b = (0.6, -0.8)$

d) $\eta < 2/\lambda_{\max} = 2/3.618 = 0.553$

**Exercise 7.3**

$T_4 = 0.125\,[1 + 2(0.939413 + 0.778801 + 0.569783) + 0.367879] = 0.7430$

**Exercise 7.4**

$H = \begin{bmatrix} 4 & 2 \\ 2 & 12 \end{bmatrix}$"""

WS7_V1_FOLLOW = r"""Sure. $f_{xx} = 2y$, $f_{xy} = f_{yx} = 2x$, $f_{yy} = 6y$. At $(1, 2)$ that gives $4$, $2$ and $12$, so the Hessian is $\begin{bmatrix} 4 & 2 \\ 2 & 12\end{bmatrix}$."""

WS7_V2 = r"""Let's work through Worksheet 7.

## Exercise 7.1 — Newton's method

$f(x) = x^3 - 2x - 5$, $f'(x) = 3x^2 - 2$.

**a)** $f(2) = -1$, $f'(2) = 10$:
$$x_1 = 2 + 0.1 = 2.1$$

**b)** $f(2.1) = 0.061$, $f'(2.1) = 11.23$:
$$x_2 = 2.1 - 0.0054319 = 2.0945681 \approx 2.09457$$

## Exercise 7.2 — Gradient descent

$\nabla f(w) = Aw - b$.

**a)** $\nabla f(w_0) = (-1, 1)$, so $w_1 = (0.2,\ -0.2)$.

**b)** $\nabla f(w_1) = (0.4 - 1,\ -0.2 + 1) = (-0.6,\ 0.8)$, so
$$w_2 = (0.2 + 0.12,\ -0.2 - 0.16) = (0.32,\ -0.36)$$

**c)** Solve $Aw = b$ with $A^{-1} = \tfrac15\begin{bmatrix}2 & -1\\ -1 & 3\end{bmatrix}$:
$$w^* = \tfrac15(3,\ -4) = (0.6,\ -0.8)$$

**d)** The eigenvalues of $A$ are $\lambda = \frac{5 \pm \sqrt5}{2}$, i.e. $1.382$ and $3.618$. To guarantee that every step decreases $f$ we need $\eta \le 1/L$ with $L = \lambda_{\max}$:
$$\eta_{\max} = \frac{1}{3.618} \approx 0.276$$

## Exercise 7.3 — Trapezoid rule

With $h = 0.25$ and nodes $x_i = 0, 0.25, 0.5, 0.75, 1$, the composite rule is
$$T_4 = \frac{h}{2}\Big[f(x_0) + 2\big(f(x_1) + f(x_2) + f(x_3)\big) + f(x_4)\Big], \qquad f(x) = e^{-x^2}.$$
Evaluate $e^{-x^2}$ at the five nodes and substitute; this is a quick calculator exercise and the result should be a bit below the true value $\int_0^1 e^{-x^2}dx$ since $e^{-x^2}$ is concave on most of $[0, 1]$.

## Exercise 7.4 — Hessian

$f_{xx} = 2y$, $f_{xy} = 2x$, $f_{yy} = 6y$. At $(1, 2)$:
$$H = \begin{bmatrix} 4 & 2 \\ 2 & 12 \end{bmatrix}$$"""


def export_c():
    model = "gpt-4o"
    tr = Tree("ws7")
    s = tr.system()
    t0 = 1741003200.0  # 2025-03-03
    u = tr.user("u0", s, WS7_PASTE, t0)
    a1 = tr.assistant("v1", u, WS7_V1, t0 + 11.0, model)
    f1 = tr.user("u1", a1, "can you show how you got the Hessian?", t0 + 95.0)
    tr.assistant("v1-follow", f1, WS7_V1_FOLLOW, t0 + 101.0, model)
    # later: the user regenerated the first reply (more detail wanted); newest leaf
    tr.assistant("v2", u, WS7_V2, t0 + 612.0, model)
    conv = tr.conversation("Worksheet 7 numerical methods", t0 - 0.5, t0 + 612.0, None, model)
    write_json("numerics-worksheet/transcripts/chatgpt-noncurrent.json", [conv], indent=2)


# ==========================================================================
# Claude export helpers
# ==========================================================================
def ts(base, sec):
    # base: "2025-02-04T18:22:" style prefix with minutes; sec: integer seconds offset < 3600
    h, m = divmod(sec, 3600)
    m, s = divmod(m, 60)
    hh = int(base[11:13]) + h
    return "%s%02d:%02d:%02d.%06dZ" % (base[:11], hh, m, s, (sec * 7919) % 1000000)


def cblock_text(text, t0, t1):
    return {"start_timestamp": t0, "stop_timestamp": t1, "type": "text", "text": text, "citations": []}


def cmsg(label, sender, blocks, created, attachments=None, text=None):
    if text is None:
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    return {
        "uuid": uid(label),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": attachments or [],
        "files": [],
    }


def cconv(label, name, created, updated, msgs):
    return {
        "uuid": uid(label),
        "name": name,
        "summary": "",
        "created_at": created,
        "updated_at": updated,
        "account": {"uuid": uid("claude-account")},
        "chat_messages": msgs,
    }


# ==========================================================================
# D. dsp-dft / claude_export.json  (thinking + attachment)
# ==========================================================================
HW4_MD_ATTACHMENT = open(os.path.join(ROOT, "dsp-dft", "problems.md"), encoding="utf-8").read()

CL_HW4_THINK = ("Let me work these out. Linear conv of [1,2,0,-1] with [2,-1,1]: y0=2, y1=-1+4=3, y2=1-2=-1, "
                "y3=2+0-2=0, y4=1, y5=-1. Circular: wrap last two... y4 goes to index 0? Actually the tail "
                "wraps as 2-1=1 and 3+1=4, giving [1,4,-1,0]. DFT of [1,0,-1,2]: V1 = 1+1+2j = 2+2j, magnitude "
                "2.83. V2 = 1-1-2 = -2. Parseval 4*6=24. Alias 10-7=3. MA at pi/2: (1-j-1)/3, magnitude 1/3. "
                "[1,-1] differencer -> highpass.")

CL_HW4_TEXT = r"""I'll go through the attached homework problem by problem.

## 1. Convolution

**(a)** With $x = [1, 2, 0, -1]$ and $h = [2, -1, 1]$, the linear convolution has $4 + 3 - 1 = 6$ samples:

- $y[0] = 1\cdot2 = 2$
- $y[1] = 1\cdot(-1) + 2\cdot2 = 3$
- $y[2] = 1\cdot1 + 2\cdot(-1) + 0\cdot2 = -1$
- $y[3] = 2\cdot1 + 0\cdot(-1) + (-1)\cdot2 = 0$
- $y[4] = 0\cdot1 + (-1)\cdot(-1) = 1$
- $y[5] = (-1)\cdot1 = -1$

So $y = [2, 3, -1, 0, 1, -1]$.

**(b)** The 4-point circular convolution folds the two tail samples back onto the start of the sequence. Folding them in reverse order (the last sample lands on index 0):

$$x \circledast_4 h = [2 - 1,\ 3 + 1,\ -1,\ 0] = [1,\ 4,\ -1,\ 0]$$

## 2. DFT of $v = [1, 0, -1, 2]$

For $N = 4$ the twiddle factors are $1, -j, -1, j$.

**(a)** $V[1] = 1 + 0\cdot(-j) + (-1)(-1) + 2j = 2 + 2j$, hence

$$|V[1]| = \sqrt{8} = 2\sqrt{2} \approx 2.828$$

**(b)** $V[2] = 1 - 0 + (-1) - 2 = -2$.

**(c)** Parseval: $\sum_k |V[k]|^2 = N \sum_n |v[n]|^2 = 4(1 + 0 + 1 + 4) = 24$.

## 3. Sampling and filters

**(a)** $7$ kHz lies above $f_s/2 = 5$ kHz and folds to $f_s - 7 = 3$ kHz.

**(b)** $H(e^{j\pi/2}) = \frac13(1 + (-j) + (-1)) = -\frac{j}{3}$, so $|H(e^{j\pi/2})| = \frac{1}{3}$.

**(c)** $h = [1, -1]$ is a first difference: $H(1) = 0$ and $|H(-1)| = 2$, so it is **(B) high-pass**.

---

**Recap:** 1(a) $[2, 3, -1, 0, 1, -1]$ · 1(b) $[1, 4, -1, 0]$ · 2(a) $|V[1]| = 2$ · 2(b) $-2$ · 2(c) $24$ · 3(a) $3$ kHz · 3(b) $1/3$ · 3(c) B"""


def export_d():
    base = "2025-02-05T19:00:00"
    hw = cconv("claude-hw4", "EE 242 HW4 help", ts(base, 0), ts(base, 95), [
        cmsg("claude-hw4/h0", "human",
             [cblock_text("can you solve the attached hw? show the work for each part", ts(base, 0), ts(base, 0))],
             ts(base, 0),
             attachments=[{"file_name": "hw4.md", "file_size": len(HW4_MD_ATTACHMENT.encode("utf-8")),
                           "file_type": "text/markdown", "extracted_content": HW4_MD_ATTACHMENT}]),
        cmsg("claude-hw4/a0", "assistant", [
            {"start_timestamp": ts(base, 3), "stop_timestamp": ts(base, 21), "type": "thinking",
             "thinking": CL_HW4_THINK,
             "summaries": [{"summary": "Computing convolutions and DFT values."},
                           {"summary": "Checking aliasing and filter responses."}],
             "cut_off": False},
            cblock_text(CL_HW4_TEXT, ts(base, 21), ts(base, 88)),
        ], ts(base, 3)),
    ])
    other = cconv("claude-cover", "Cover letter tightening", "2025-02-01T09:12:40.118000Z",
                  "2025-02-01T09:14:02.552000Z", [
        cmsg("claude-cover/h0", "human",
             [cblock_text("Can you make this opening line less stiff: 'I am writing to express my interest in the "
                          "position of Signal Processing Intern.'", "2025-02-01T09:12:40.118000Z",
                          "2025-02-01T09:12:40.118000Z")], "2025-02-01T09:12:40.118000Z"),
        cmsg("claude-cover/a0", "assistant",
             [cblock_text("A few options:\n\n1. \"I'd love to bring my DSP coursework to your Signal Processing "
                          "Intern role.\"\n2. \"Your Signal Processing Intern opening caught my eye because...\"\n\n"
                          "Lead with something specific about the team if you can.",
                          "2025-02-01T09:12:44.020000Z", "2025-02-01T09:14:02.552000Z")],
             "2025-02-01T09:12:44.020000Z"),
    ])
    write_json("dsp-dft/transcripts/claude_export.json", [other, hw])


# ==========================================================================
# E. numerics-worksheet / claude-tools.json  (tool_use / tool_result)
# ==========================================================================
CL_WS7_USER = """Worksheet 7 (numerical methods), please solve everything:

Exercise 7.1 Newton's method on f(x) = x^3 - 2x - 5, x0 = 2.
 a) Compute x1.
 b) Compute x2. Give 5 decimal places.
Exercise 7.2 f(w) = (1/2) w^T A w - b^T w, A = [3 1; 1 2], b = [1; -1], gradient descent eta = 0.2 from w_0 = (0, 0).
 a) w_1  b) w_2  c) exact minimizer w*  d) largest constant step size for which GD converges from every starting point (supremum, three decimals)
Exercise 7.3 Composite trapezoid rule, n = 4 subintervals (h = 0.25), for the integral of exp(-x^2) over [0, 1]. 4 decimal places.
Exercise 7.4 Hessian of f(x, y) = x^2 y + y^3 at (x, y) = (1, 2)."""

CL_WS7_T1 = r"""I'll do the Newton steps by hand and check the gradient-descent iterates with a quick computation.

## Exercise 7.1 — Newton's method

$f'(x) = 3x^2 - 2$.

**a)** $f(2) = 8 - 4 - 5 = -1$, $f'(2) = 10$, so $x_1 = 2 - (-1)/10 = 2.1$.

**b)** $f(2.1) = 9.261 - 4.2 - 5 = 0.061$ and $f'(2.1) = 3(4.41) - 2 = 11.23$. Then $0.061 / 11.23 \approx 0.00545$, so

$$x_2 = 2.1 - 0.00545 = 2.0955$$

## Exercise 7.2 — Gradient descent

Let me run the iteration."""

CL_WS7_CODE1 = """const A = [[3, 1], [1, 2]], b = [1, -1], eta = 0.2;
let w = [0, 0];
for (let k = 1; k <= 2; k++) {
  const g = [A[0][0]*w[0] + A[0][1]*w[1] - b[0], A[1][0]*w[0] + A[1][1]*w[1] - b[1]];
  w = [w[0] - eta*g[0], w[1] - eta*g[1]];
  console.log(`w_${k} =`, w.map(v => +v.toFixed(6)));
}
const det = 3*2 - 1*1;
console.log("w* =", [(2*b[0] - 1*b[1])/det, (-1*b[0] + 3*b[1])/det]);
const tr = 5, lmax = (tr + Math.sqrt(tr*tr - 4*det))/2;
console.log("lambda_max =", lmax, " 2/lambda_max =", 2/lmax);"""

CL_WS7_OUT1 = ('{"status":"success","logs":["w_1 = [ 0.2, -0.2 ]","w_2 = [ 0.32, -0.36 ]",'
               '"w* = [ 0.6, -0.8 ]","lambda_max = 3.618033988749895  2/lambda_max = 0.552786404500042"]}')

CL_WS7_T2 = r"""The computation confirms:

**a)** $w_1 = (0.2,\ -0.2)$

**b)** $w_2 = (0.32,\ -0.36)$

**c)** $w^* = A^{-1}b = (0.6,\ -0.8)$

**d)** Gradient descent on a quadratic converges from every start iff $0 < \eta < 2/\lambda_{\max}(A)$. Here $\lambda_{\max} = \frac{5+\sqrt5}{2} \approx 3.618$, so the supremum is

$$\eta_{\max} = \frac{2}{\lambda_{\max}} \approx 0.553$$

## Exercise 7.3 — Trapezoid rule

Let me evaluate the composite trapezoid sum numerically."""

CL_WS7_CODE2 = """const f = x => Math.exp(-x*x);
const n = 100, h = 1/n;
let s = 0.5*(f(0) + f(1));
for (let i = 1; i < n; i++) s += f(i*h);
console.log("T =", (h*s).toFixed(6));"""

CL_WS7_OUT2 = '{"status":"success","logs":["T = 0.746818"]}'

CL_WS7_T3 = r"""So the trapezoid approximation is

$$I \approx 0.7468$$

## Exercise 7.4 — Hessian

$f_{xx} = 2y$, $f_{xy} = f_{yx} = 2x$, $f_{yy} = 6y$. At $(1, 2)$:

$$\nabla^2 f(1, 2) = \begin{pmatrix} 4 & 2 \\ 2 & 12 \end{pmatrix}$$

## Summary

| Exercise | Result |
|---|---|
| 7.1 a | 2.1 |
| 7.1 b | 2.0955 |
| 7.2 a | (0.2, −0.2) |
| 7.2 b | (0.28, −0.36) |
| 7.2 c | (0.6, −0.8) |
| 7.2 d | 0.553 |
| 7.3 | 0.7468 |
| 7.4 | [[4, 2], [2, 12]] |"""


def export_e():
    base = "2025-03-04T16:00:00"

    def tool_use(code, t0, t1, label):
        return {"start_timestamp": t0, "stop_timestamp": t1, "type": "tool_use", "name": "repl",
                "input": {"code": code}, "message": "Analyzing", "integration_name": None,
                "integration_icon_url": None, "context": None, "display_content": None,
                "approval_options": None, "approval_key": None}

    def tool_result(out, t0, t1, label):
        return {"start_timestamp": t0, "stop_timestamp": t1, "type": "tool_result", "name": "repl",
                "content": [{"type": "text", "text": out, "uuid": uid("ws7-claude/" + label)}],
                "is_error": False, "message": None, "integration_name": None,
                "integration_icon_url": None, "display_content": None}

    blocks = [
        cblock_text(CL_WS7_T1, ts(base, 4), ts(base, 20)),
        tool_use(CL_WS7_CODE1, ts(base, 20), ts(base, 26), "c1"),
        tool_result(CL_WS7_OUT1, ts(base, 26), ts(base, 27), "r1"),
        cblock_text(CL_WS7_T2, ts(base, 27), ts(base, 39)),
        tool_use(CL_WS7_CODE2, ts(base, 39), ts(base, 43), "c2"),
        tool_result(CL_WS7_OUT2, ts(base, 43), ts(base, 44), "r2"),
        cblock_text(CL_WS7_T3, ts(base, 44), ts(base, 61)),
    ]
    conv = cconv("claude-ws7", "Numerical methods worksheet 7", ts(base, 0), ts(base, 61), [
        cmsg("claude-ws7/h0", "human", [cblock_text(CL_WS7_USER, ts(base, 0), ts(base, 0))], ts(base, 0)),
        cmsg("claude-ws7/a0", "assistant", blocks, ts(base, 4)),
    ])
    write_json("numerics-worksheet/transcripts/claude-tools.json", [conv], indent=2)


if __name__ == "__main__":
    export_a()
    export_b()
    export_c()
    export_d()
    export_e()
    print("exports written under", ROOT)
