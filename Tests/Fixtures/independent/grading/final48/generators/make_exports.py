#!/usr/bin/env python3
"""Writes the five JSON data-export transcripts of this corpus.

Run from anywhere:  python3 generators/make_exports.py
Deterministic: ids come from uuid5 over fixed names, timestamps are constants, so re-running
gives byte-identical files.
"""
import json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2b9e-3a57-4e1d-9c0b-5d2a7e4f8a10")

def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))

CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"

# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        rid = uid(key, "root")
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.root = rid
        self.n = 0

    def add(self, parent, role, content, t, name=None, recipient="all", hidden=False, extra_meta=None):
        self.n += 1
        nid = uid(self.key, "node", str(self.n))
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant":
            meta["model_slug"] = "gpt-4o" if content["content_type"] != "thoughts" else "o3"
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" and content["content_type"] == "text" else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def text(self, parent, role, text, t, **kw):
        return self.add(parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def thoughts(self, parent, items, t):
        return self.add(parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, "analysis")}, t, recipient="all")

    def recap(self, parent, text, t):
        return self.add(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t)

    def code(self, parent, src, t):
        return self.add(parent, "assistant", {"content_type": "code", "language": "unknown",
                                              "response_format_name": None, "text": src}, t, recipient="python")

    def output(self, parent, out, t):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": out}, t, name="python")

    def dump(self, current_node, update_time, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": update_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = current_node
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conversation"),
        })
        return d

def system_node(c, t):
    return c.text(c.root, "system", "", t, hidden=True)

# ---------------------------------------------------------------- Claude helpers
def ts(base, sec):
    # base like "2025-11-12T19:04:" ; sec int < 60
    return f"{base}{sec:02d}.000000Z"

class ClaudeConv:
    def __init__(self, key, name, created):
        self.key, self.name, self.created = key, name, created
        self.msgs = []

    def human(self, text, when, attachments=()):
        n = len(self.msgs)
        self.msgs.append({
            "uuid": uid(self.key, "msg", str(n)),
            "text": text,
            "content": [{"start_timestamp": when, "stop_timestamp": when, "type": "text",
                         "text": text, "citations": []}],
            "sender": "human",
            "created_at": when,
            "updated_at": when,
            "attachments": [{"file_name": fn, "file_size": len(body.encode()), "file_type": ft,
                             "extracted_content": body} for fn, ft, body in attachments],
            "files": [],
        })

    def assistant(self, blocks, when):
        n = len(self.msgs)
        content = []
        for b in blocks:
            kind = b[0]
            if kind == "text":
                content.append({"start_timestamp": when, "stop_timestamp": when, "type": "text",
                                "text": b[1], "citations": []})
            elif kind == "thinking":
                content.append({"start_timestamp": when, "stop_timestamp": when, "type": "thinking",
                                "thinking": b[1], "summaries": [{"summary": b[2]}], "cut_off": False})
            elif kind == "tool_use":
                content.append({"start_timestamp": when, "stop_timestamp": when, "type": "tool_use",
                                "name": b[1], "input": b[2], "message": None, "integration_name": None,
                                "display_content": None})
            elif kind == "tool_result":
                content.append({"start_timestamp": when, "stop_timestamp": when, "type": "tool_result",
                                "name": b[1], "content": [{"type": "text", "text": b[2], "uuid": uid(self.key, "tr", str(n))}],
                                "is_error": False, "message": None, "display_content": None})
        text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
        self.msgs.append({
            "uuid": uid(self.key, "msg", str(n)),
            "text": text,
            "content": content,
            "sender": "assistant",
            "created_at": when,
            "updated_at": when,
            "attachments": [],
            "files": [],
        })

    def dump(self, updated):
        return {"uuid": uid(self.key, "conv"), "name": self.name, "created_at": self.created,
                "updated_at": updated, "account": {"uuid": uid("account")},
                "chat_messages": self.msgs}

def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")

# ================================================================= set 1: info theory, ChatGPT
def set1_chatgpt():
    # unrelated conversation first
    u = GPTConv("s1-gpt-sourdough", "Sourdough starter schedule", 1762800000.0)
    s = system_node(u, 1762800000.0)
    q = u.text(s, "user", "I feed my starter at 8am. When should I mix the dough if I want to bake at 6pm?", 1762800010.5)
    a = u.text(q, "assistant", "If your starter peaks about 4–6 hours after feeding, mix the dough around 12–2 pm, let it bulk ferment 4–5 hours at ~24 °C, shape, and give it a short final proof before a 6 pm bake.", 1762800018.2)
    conv_u = u.dump(a, 1762800018.2)

    c = GPTConv("s1-gpt-hw5", "Info theory HW5 help", 1762995600.0)
    s = system_node(c, 1762995600.0)
    prompt = (
        "Please solve these, show work:\n\n"
        "1. A memoryless source emits symbols from {a,b,c,d,e} with probabilities p = (0.4, 0.2, 0.2, 0.1, 0.1).\n"
        "(a) Compute the entropy H(X) in bits, to three decimal places.\n"
        "(b) Construct a binary Huffman code for the source and give its expected codeword length in bits/symbol.\n"
        "(c) Compute the coding efficiency η = H(X)/L of your Huffman code (three significant figures).\n"
        "(d) A classmate proposes the codeword lengths (1, 2, 3, 3, 3) for the same five symbols. Compute the Kraft sum.\n\n"
        "2. Channels.\n"
        "(a) Find the capacity, in bits per channel use, of a binary symmetric channel with crossover probability 0.11. Give three decimal places.\n"
        "(b) X and Y are binary with joint pmf P(0,0)=1/4, P(0,1)=1/4, P(1,0)=0, P(1,1)=1/2. Compute I(X;Y) in bits, to three decimal places.\n\n"
        "3. Which of the following sets of codewords is a prefix code? A) {0, 01, 11}  B) {0, 10, 110, 111}  C) {1, 10, 100}  D) {00, 01, 0}\n\n"
        "4. True or false: for every discrete source, the expected length of a binary Huffman code satisfies H(X) ≤ L < H(X) + 1."
    )
    q = c.text(s, "user", prompt, 1762995612.0)
    # first (regenerated-away) answer: not graded
    c.text(q, "assistant",
           "**1(a)** With five symbols, H(X) = log₂ 5 ≈ **2.322 bits**.\n\n"
           "**1(b)** A fixed-length code needs 3 bits, so L = **3 bits/symbol**.\n\n"
           "**1(c)** η = 2.322/3 ≈ **0.774**\n\n"
           "**1(d)** Kraft sum = **9/8**\n\n"
           "**2(a)** C ≈ **0.89** bits/use\n\n**2(b)** I(X;Y) ≈ **0.5** bits\n\n**3.** (B)\n\n**4.** True",
           1762995630.0)
    th = c.thoughts(q, [
        ("Computing entropy", "H = 0.4*1.3219 + 0.4*2.3219 + 0.2*3.3219 = 0.5288+0.9288+0.6644 = 2.1219. Huffman lengths (1,3,3,3,3) or (2,2,2,3,3), both 2.2."),
        ("Checking Kraft and BSC", "Kraft for 1,2,3,3,3 is 1/2+1/4+3/8 = 1.125? Capacity 1-H2(0.11); compute H2 with python."),
    ], 1762995702.0)
    rc = c.recap(th, "Thought for 14 seconds", 1762995703.0)
    m1 = c.text(rc, "assistant",
        "Here's the full working.\n\n"
        "## Problem 1 — Source coding\n\n"
        "### (a) Entropy\n\n"
        "H(X) = −Σ p log₂ p = 0.4·log₂(2.5) + 2·0.2·log₂5 + 2·0.1·log₂10\n\n"
        "= 0.5288 + 0.9288 + 0.6644\n\n"
        "**H(X) ≈ 2.122 bits**\n\n"
        "### (b) Huffman code\n\n"
        "Merge the two least likely nodes repeatedly:\n\n"
        "1. d (0.1) + e (0.1) → 0.2\n"
        "2. b (0.2) + c (0.2) → 0.4\n"
        "3. {d,e} (0.2) + {b,c} (0.4) → 0.6\n"
        "4. a (0.4) + 0.6 → 1.0\n\n"
        "| symbol | p | codeword | length |\n|---|---|---|---|\n"
        "| a | 0.4 | 0 | 1 |\n| b | 0.2 | 100 | 3 |\n| c | 0.2 | 101 | 3 |\n| d | 0.1 | 110 | 3 |\n| e | 0.1 | 111 | 3 |\n\n"
        "L̄ = 0.4·1 + 0.6·3 = **2.2 bits/symbol**\n\n"
        "### (c) Efficiency\n\n"
        "η = H/L̄ = 2.122/2.2 ≈ **0.965** (96.5 %)\n\n"
        "### (d) Kraft sum\n\n"
        "For lengths (1, 2, 3, 3, 3):\n\n"
        "Σ 2^(−ℓ) = 1/2 + 1/4 + 1/8 + 1/8 = **1**\n\n"
        "so the lengths satisfy Kraft with equality and a complete prefix code exists.\n\n"
        "## Problem 2 — Channels\n\n"
        "Let me get the binary entropy values numerically.",
        1762995720.0)
    cd = c.code(m1,
        "import math\n"
        "h2 = lambda p: -p*math.log2(p) - (1-p)*math.log2(1-p)\n"
        "print(h2(0.11), 1 - h2(0.11))\n"
        "HY = h2(0.25)\n"
        "print(HY, HY - 0.5)", 1762995725.0)
    import math
    h2 = lambda p: -p*math.log2(p) - (1-p)*math.log2(1-p)
    out = f"{h2(0.11)!r} {1 - h2(0.11)!r}\n{h2(0.25)!r} {h2(0.25) - 0.5!r}\n"
    op = c.output(cd, out, 1762995726.0)
    m2 = c.text(op, "assistant",
        "### (a) BSC capacity\n\n"
        "C = 1 − H₂(0.11) = 1 − 0.49992 ≈ **0.500 bits per channel use**\n\n"
        "### (b) Mutual information\n\n"
        "P(Y=0) = 1/4 and P(Y=1) = 3/4, so H(Y) = 0.8113 bits. Given X=0, Y is uniform (1 bit); given X=1, Y=1 for sure (0 bits), so H(Y|X) = ½·1 + ½·0 = 0.5 bits.\n\n"
        "I(X;Y) = H(Y) − H(Y|X) = 0.8113 − 0.5 = **0.311 bits**\n\n"
        "## Problem 3\n\n"
        "Only {0, 10, 110, 111} has no codeword that is a prefix of another, so the answer is **(B)**.",
        1762995740.0)
    q2 = c.text(m2, "user", "Thanks. Quick check: what would the BSC capacity be if the crossover were 0.5 instead?", 1762995900.0)
    m3 = c.text(q2, "assistant",
        "With p = 0.5 the output is independent of the input: H₂(0.5) = 1, so C = 1 − 1 = **0 bits** per use. "
        + CITE("turn0search0") + "\n\nCapacity is symmetric about p = 0.5, so p = 0.89 gives the same 0.500 bits as p = 0.11.",
        1762995911.0)
    conv = c.dump(m3, 1762995911.0)
    write("info-theory-coding/transcripts/chatgpt-export.json", [conv_u, conv])

# ================================================================= set 1: info theory, Claude
SET1_PROBLEMS_TXT = open(os.path.join(ROOT, "info-theory-coding", "problems.tex"), encoding="utf-8").read()

def set1_claude():
    other = ClaudeConv("s1-claude-trip", "Packing list for Lisbon trip", "2025-11-10T08:12:03.000000Z")
    other.human("Packing list for 4 days in Lisbon in November?", "2025-11-10T08:12:03.000000Z")
    other.assistant([("text", "Layers and a light rain jacket, comfortable shoes for the hills and cobblestones, a universal adapter (Type F), and a small day bag.")], "2025-11-10T08:12:11.000000Z")

    c = ClaudeConv("s1-claude-hw5", "Information theory homework 5", "2025-11-12T19:04:00.000000Z")
    c.human("Can you solve all of this? The source file is attached.", "2025-11-12T19:04:00.000000Z",
            attachments=[("hw5.tex", "text/x-tex", SET1_PROBLEMS_TXT)])
    c.assistant([
        ("thinking", "Entropy: first guess log2(5)=2.32 but probabilities are not uniform. 0.4*1.32+0.4*2.32+0.2*3.32 = 0.529+0.929+0.664 = 2.12. Huffman gives 2.2. BSC: 1-H2(0.11) = 0.500. Mutual info 0.811-0.5.", "Working through entropy and coding"),
        ("text",
         "I'll go through each question.\n\n"
         "**Question 1**\n\n"
         "**(a)** H(X) = −[0.4 log₂0.4 + 2(0.2 log₂0.2) + 2(0.1 log₂0.1)]\n"
         "= 0.529 + 0.929 + 0.664\n"
         "So H(X) ≈ 2.12 bits.\n\n"
         "**(b)** Huffman merges: 0.1 + 0.1 → 0.2; 0.2 (c) + 0.2 (de) → 0.4; 0.2 (b) + 0.4 (a) → 0.6; 0.4 + 0.6 → 1.0. "
         "One resulting code is a → 00, b → 01, c → 10, d → 110, e → 111, with lengths (2, 2, 2, 3, 3).\n\n"
         "Expected length: L̄ = 0.4(2) + 0.2(2) + 0.2(2) + 0.1(3) + 0.1(3) = 2.2 bits/symbol.\n\n"
         "**(c)** η = 2.1219/2.2 ≈ 0.9645, i.e. about 96.45%.\n\n"
         "**(d)** Kraft sum = 2⁻¹ + 2⁻² + 3·2⁻³ = 1/2 + 1/4 + 3/8 = 9/8.\n"
         "Since 9/8 > 1, no prefix code (indeed no uniquely decodable code) has these lengths.\n\n"
         "**Question 2**\n\n"
         "**(a)** For a BSC with crossover p, C = 1 − H₂(p). Here H₂(0.11) = 0.11·log₂(1/0.11) + 0.89·log₂(1/0.89) ≈ 0.3503 + 0.1496 = 0.4999, so C ≈ 0.500 bits/use.\n\n"
         "**(b)** Marginals: P(X=0) = P(X=1) = 1/2; P(Y=0) = 1/4, P(Y=1) = 3/4.\n"
         "H(Y) = 0.8113 bits, H(Y|X) = ½·H(½,½) + ½·H(0,1) = 0.5 bits\n"
         "I(X;Y) = 0.8113 − 0.5 = 0.311 bits.\n\n"
         "**Question 3:** (B) — {0, 10, 110, 111}. In (A) \"0\" is a prefix of \"01\", in (C) \"1\" is a prefix of \"10\", and in (D) \"0\" is a prefix of \"00\".\n\n"
         "**Question 4:** True. Huffman is optimal, and the Shannon code already achieves L̄ < H + 1, so the Huffman code does too; the lower bound holds for any uniquely decodable code.\n\n"
         "| Question | Answer |\n|---|---|\n"
         "| 1(a) | 2.12 bits |\n| 1(b) | 2.2 bits/symbol |\n| 1(c) | 0.9645 |\n| 1(d) | 9/8 |\n"
         "| 2(a) | 0.499 bits/use |\n| 2(b) | 0.311 bits |\n| 3 | B |\n| 4 | True |"),
    ], "2025-11-12T19:04:41.000000Z")
    c.human("What's the Kraft sum for the Huffman lengths you found in 1(b)?", "2025-11-12T19:09:15.000000Z")
    c.assistant([
        ("text", "For the lengths (2, 2, 2, 3, 3): 3·2⁻² + 2·2⁻³ = 3/4 + 1/4 = 1. Huffman codes are complete, so their Kraft sum is always exactly 1."),
    ], "2025-11-12T19:09:22.000000Z")
    write("info-theory-coding/transcripts/claude-export.json", [other.dump("2025-11-10T08:12:11.000000Z"), c.dump("2025-11-12T19:09:22.000000Z")])

# ================================================================= set 2: sampling/DFT, ChatGPT (no current_node)
def set2_chatgpt():
    u = GPTConv("s2-gpt-mpl", "Fix matplotlib legend", 1741000000.0)
    s = system_node(u, 1741000000.0)
    q = u.text(s, "user", "My matplotlib legend covers the data. How do I put it outside the axes?", 1741000005.0)
    a = u.text(q, "assistant", "Use `ax.legend(loc='upper left', bbox_to_anchor=(1.02, 1))` and then `fig.tight_layout()` (or `bbox_inches='tight'` when saving) so the legend isn't clipped. " + CITE("turn0search2"), 1741000012.0)
    conv_u = u.dump(a, 1741000012.0)

    c = GPTConv("s2-gpt-ps6", "Sampling and DFT homework", 1741180000.0)
    s = system_node(c, 1741180000.0)
    prompt = (
        "ECE 216 PS6 — please solve:\n\n"
        "Problem 1. x(t) = 3 cos(2π·1200 t) + cos(2π·3100 t)\n"
        "(a) What is the Nyquist rate of x(t), i.e. the minimum sampling rate (in Hz) that avoids aliasing?\n"
        "(b) The signal is instead sampled at f_s = 4000 Hz.\n"
        "  (i) At what frequency in [0, f_s/2] does the 3100 Hz component appear after sampling?\n"
        "  (ii) True or false: the 1200 Hz component is aliased.\n"
        "(c) The samples go through a 12-bit ADC whose input range is −5 V to +5 V. Find the quantization step Δ = (full-scale range)/2^N in millivolts (three significant figures).\n"
        "(d) Using SQNR ≈ 6.02 N + 1.76 dB, find the ideal SQNR of this ADC, to one decimal place.\n\n"
        "Problem 2.\n"
        "(a) Let x[n] = [1, 2, 0, −1]. Compute the energy spectrum |X[k]|², k = 0..3, of its 4-point DFT.\n"
        "(b) A recording sampled at 48 kHz is analyzed with a 1024-point FFT. What is the spacing between FFT bins, in Hz? (exact)\n"
        "(c) With the FFT of part (b), which bin index k (0-based, 0 ≤ k < 512) contains a 6 kHz tone?\n\n"
        "Problem 3. The FIR filter y[n] = ½ (x[n] + x[n−1]) is best described as A. low-pass B. high-pass C. band-pass D. all-pass"
    )
    q = c.text(s, "user", prompt, 1741180020.0)
    # earlier generation (sibling), superseded by the regenerated answer below
    c.text(q, "assistant",
           "**1(a)** 3100 Hz is the highest frequency, so sample at **3100 Hz**.\n\n"
           "**1(b)(i)** **7100 Hz**  **(ii)** True\n\n**1(c)** **2.44 mV**\n\n**1(d)** **74.0 dB**\n\n"
           "**2(a)** [2, 3.16, 0, 3.16]\n\n**2(b)** 46.875 Hz  **2(c)** 128\n\n**3.** B", 1741180041.0)
    m1 = c.text(q, "assistant",
        "**Problem 1**\n\n"
        "**(a)** The highest frequency in x(t) is 3100 Hz, so the Nyquist rate is 2 × 3100 = **6200 Hz**.\n\n"
        "**(b)(i)** With f_s = 4000 Hz the folding frequency is 2000 Hz. The 3100 Hz tone aliases to |3100 − 4000| = **900 Hz**.\n\n"
        "**(b)(ii)** **False** — 1200 Hz < f_s/2 = 2000 Hz, so it is captured without aliasing.\n\n"
        "**(c)** The ADC spans ±5 V. Quantization step: Δ = V_max / 2^N = 5 V / 4096 ≈ **1.22 mV**.\n\n"
        "**(d)** SQNR ≈ 6.02 N + 1.76 dB = 6.02·12 + 1.76 = **74.0 dB**.\n\n"
        "**Problem 2(a)** — let me compute the DFT numerically.",
        1741180205.0)
    cd = c.code(m1,
        "import numpy as np\n"
        "x = np.array([1, 2, 0, -1])\n"
        "X = np.fft.fft(x)\n"
        "print(X)\n"
        "print(np.abs(X)**2)", 1741180209.0)
    op = c.output(cd, "[2.+0.j 1.-3.j 0.+0.j 1.+3.j]\n[ 4. 10.  0. 10.]", 1741180210.0)
    m2 = c.text(op, "assistant",
        "So X = [2, 1 − 3j, 0, 1 + 3j] and the energy spectrum is\n\n"
        "$$|X[k]|^2 = [4,\\ 10,\\ 0,\\ 10]$$\n\n"
        "(Parseval check: Σ|x[n]|² = 6 and Σ|X[k]|²/N = 24/4 = 6 ✓ " + CITE("turn0search3") + ")\n\n"
        "**(b)** Bin spacing Δf = f_s / N = 48000 / 1024 = **46.875 Hz**.\n\n"
        "**(c)** k = f / Δf = 6000 / 46.875 = 128. So k = **128** — or **896**, since a real tone also shows up in the mirrored negative-frequency bin (1024 − 128).\n\n"
        "**Problem 3:** averaging two neighbouring samples smooths the signal — H(e^{jω}) = e^{−jω/2} cos(ω/2), which is 1 at DC and 0 at ω = π. **A (low-pass)**.",
        1741180231.0)
    conv = c.dump(None, 1741180231.0, with_current=False)
    write("sampling-dft/transcripts/chatgpt-export.json", [conv, conv_u])

# ================================================================= set 3: game theory, Claude
SET3_PROBLEMS_TXT = (
    "CS/Econ 3410 — Algorithmic Game Theory\nProblem Sheet 4: Nash Equilibrium\nHand in by Monday, 10 March, 17:00\n\n"
    "Exercise 4.1 (8 marks) Consider the bimatrix game below. Row chooses U or D, Column chooses L or R, and each cell lists (Row's payoff, Column's payoff).\n"
    "L R\nU 4, 1 0, 3\nD 1, 2 2, 0\n"
    "(a) How many pure-strategy Nash equilibria does the game have?\n"
    "(b) In the mixed-strategy Nash equilibrium, with what probability p does Row play U?\n"
    "(c) With what probability q does Column play L?\n"
    "(d) What is Row's expected payoff in that equilibrium?\n\n"
    "Exercise 4.2 (6 marks) In the two-player zero-sum game with payoff matrix (payoffs to the row player)\n"
    "A = ( 2 −1\n−3 4 ),\n"
    "(a) find the value of the game;\n(b) find the row player's optimal mixed strategy (x1, x2).\n\n"
    "Exercise 4.3 (2 marks) True or false: every finite game (finitely many players, each with finitely many pure strategies) has at least one Nash equilibrium in mixed strategies.\n\n"
    "Exercise 4.4 (2 marks) In the game of Exercise 4.1, the strategy profile (D, R) is\n"
    "(A) a pure-strategy Nash equilibrium;\n(B) Pareto-dominated by (U, L);\n"
    "(C) the profile in which both players play their (pure) maximin strategies;\n(D) none of the above.\n\n1\n"
)

def set3_claude():
    c = ClaudeConv("s3-claude-sheet4", "Game theory problem sheet 4", "2025-03-07T16:20:00.000000Z")
    c.human("Can you solve sheet 4? Show the steps please.", "2025-03-07T16:20:00.000000Z",
            attachments=[("sheet4.pdf", "application/pdf", SET3_PROBLEMS_TXT)])
    c.assistant([
        ("thinking", "4.1: check the four cells for deviations; none stable. For the mix, use indifference conditions. 4.2: 2x2 zero-sum with no saddle point, formula v = (ad-bc)/(a+d-b-c) = 5/10. Let me verify 4.2 with code.", "Planning the equilibrium computations"),
        ("text",
         "## Exercise 4.1\n\n"
         "**(a) Pure-strategy equilibria.** Check each cell for a profitable deviation:\n\n"
         "- (U, L): Column prefers R (3 > 1).\n"
         "- (U, R): Row prefers D (2 > 0).\n"
         "- (D, L): Row prefers U (4 > 1).\n"
         "- (D, R): Column prefers L (2 > 0).\n\n"
         "Every cell has a profitable deviation, so there are **0** pure-strategy Nash equilibria.\n\n"
         "**(b)** Row chooses p (the probability of U) so that her payoffs from U and D are equal: 4p = p + 2(1 − p) ⟹ 5p = 2 ⟹ **p = 2/5**.\n\n"
         "**(c)** Likewise Column picks q so that L and R give Column the same payoff: q + 2(1 − q) = 3q ⟹ **q = 1/2**.\n\n"
         "**(d)** Row's expected payoff: playing U against q = 1/2 gives 4 · (1/2) = **2**.\n\n"
         "## Exercise 4.2\n\n"
         "No saddle point: the row minima are −1 and −3 (maximin −1) while the column maxima are 2 and 4 (minimax 2), so the row player mixes. I'll solve the indifference equations numerically as a check."),
        ("tool_use", "repl", {"code": "const A = [[2,-1],[-3,4]];\n// x1*A[0][j] + (1-x1)*A[1][j] equal for j = 0, 1\nconst x1 = (A[1][1]-A[1][0]) / ((A[0][0]-A[1][0]) - (A[0][1]-A[1][1]));\nconst v = x1*A[0][0] + (1-x1)*A[1][0];\nconsole.log(x1, 1-x1, v);"}),
        ("tool_result", "repl", "{\"status\":\"success\",\"logs\":[\"0.7 0.30000000000000004 0.4999999999999998\"]}"),
        ("text",
         "Equalizing against both columns: 2x₁ − 3(1 − x₁) = −x₁ + 4(1 − x₁) ⟹ 10x₁ = 7.\n\n"
         "**(a)** Value of the game: v = **1/2**\n\n"
         "**(b)** Optimal strategy: (x₁, x₂) = **(0.7, 0.3)**\n\n"
         "(The numerical check agrees, up to floating-point rounding.)\n\n"
         "## Exercise 4.3\n\n"
         "**True.** This is Nash's existence theorem: every finite game has at least one mixed-strategy Nash equilibrium.\n\n"
         "## Exercise 4.4\n\n"
         "(D, R) gives (2, 0) while (U, L) gives (4, 1): both players are strictly better off at (U, L), so (D, R) is Pareto-dominated. "
         "It is not an equilibrium (Column deviates to L), and the maximin profile is (D, L).\n\n"
         "**Answer: (B)**"),
    ], "2025-03-07T16:20:52.000000Z")

    other = ClaudeConv("s3-claude-regex", "Regex for ISO dates", "2025-03-08T09:00:00.000000Z")
    other.human("Regex that matches ISO dates like 2025-03-08?", "2025-03-08T09:00:00.000000Z")
    other.assistant([("text", "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$` — it checks the month and day ranges but not month lengths (it accepts 2025-02-31).")], "2025-03-08T09:00:07.000000Z")
    write("game-theory-equilibria/transcripts/claude-export.json", [c.dump("2025-03-07T16:20:52.000000Z"), other.dump("2025-03-08T09:00:07.000000Z")])

# ================================================================= set 3: game theory, ChatGPT (thoughts, recap, regenerated branch)
def set3_chatgpt():
    c = GPTConv("s3-gpt-sheet4", "Nash equilibrium problem sheet", 1741363200.0)
    s = system_node(c, 1741363200.0)
    prompt = (
        "Problem Sheet 4\n\n"
        "Exercise 4.1 Bimatrix game; Row chooses U or D, Column chooses L or R; (Row's payoff, Column's payoff):\n"
        "      L      R\nU   4, 1   0, 3\nD   1, 2   2, 0\n"
        "(a) How many pure-strategy Nash equilibria does the game have?\n"
        "(b) In the mixed-strategy Nash equilibrium, with what probability p does Row play U?\n"
        "(c) With what probability q does Column play L?\n"
        "(d) What is Row's expected payoff in that equilibrium?\n\n"
        "Exercise 4.2 In the two-player zero-sum game with payoff matrix A = [[2, -1], [-3, 4]] (payoffs to the row player),\n"
        "(a) find the value of the game;\n(b) find the row player's optimal mixed strategy (x1, x2).\n\n"
        "Exercise 4.3 True or false: every finite game has at least one Nash equilibrium in mixed strategies.\n\n"
        "Exercise 4.4 In the game of Exercise 4.1, the strategy profile (D, R) is"
    )
    q = c.text(s, "user", prompt, 1741363230.0)
    # first generation (regenerated away): not graded
    old = c.text(q, "assistant",
        "**4.1** (a) 1 — (D, L). (b) p = 2/5 (c) q = 1/2 (d) 2\n\n**4.2** (a) v = 0.5 (b) (0.3, 0.7)\n\n**4.3** True\n\n**4.4** (B)",
        1741363260.0)
    th = c.thoughts(q, [
        ("Checking deviations", "(U,L)->R, (U,R)->D, (D,R)->L, (D,L)->U. No pure NE."),
        ("Solving indifference", "Column indifferent: 2-p = 3p, p=1/2. Row indifferent: 4q = 2-q, q = 2/5. Payoff 8/5. Zero-sum: x1 = 0.7, v = 0.5; pure maximin -1."),
        ("Noting missing options", "4.4 stem ends without options."),
    ], 1741363400.0)
    rc = c.recap(th, "Thought for 21 seconds", 1741363401.0)
    m = c.text(rc, "assistant",
        "### Exercise 4.1\n\n"
        "**(a)** No cell is stable — (U,L)→Column switches to R, (U,R)→Row switches to D, (D,R)→Column switches to L, (D,L)→Row switches to U. So the number of pure-strategy NE is **0**.\n\n"
        "**(b)** Column must be indifferent between L and R:\n"
        "\\[ 1\\cdot p + 2(1-p) = 3p \\;\\Rightarrow\\; 2 - p = 3p \\;\\Rightarrow\\; p = \\tfrac12 \\]\n"
        "\\[ \\boxed{p = 0.5} \\]\n\n"
        "**(c)** Row must be indifferent between U and D:\n"
        "\\[ 4q = q + 2(1-q) \\;\\Rightarrow\\; q = \\tfrac25 \\]\n"
        "\\[ \\boxed{q = 0.4} \\]\n\n"
        "**(d)** Row's equilibrium payoff is \\(4q = 4 \\cdot 0.4 = \\mathbf{1.6}\\) (same from D: \\(0.4 + 2 \\cdot 0.6 = 1.6\\)).\n\n"
        "### Exercise 4.2\n\n"
        "Pure maximin = −1 and pure minimax = 2, so there is no saddle point. With \\(x_1\\) on the first row:\n"
        "\\[ 2x_1 - 3(1-x_1) = -x_1 + 4(1-x_1) \\Rightarrow x_1 = 0.7 \\]\n\n"
        "**(a)** If mixed strategies are allowed, the value is \\(v = 5(0.7) - 3 = \\tfrac12\\); in pure strategies the row player can only guarantee \\(-1\\).\n\n"
        "**Value:** \\(v = 1/2\\) (mixed) or \\(v = -1\\) (pure)\n\n"
        "**(b)** \\((x_1, x_2) = (0.7,\\ 0.3)\\)\n\n"
        "### Exercise 4.3\n\n"
        "**True** — Nash's theorem: every finite game has a mixed-strategy equilibrium.\n\n"
        "### Exercise 4.4\n\n"
        "The answer choices for 4.4 didn't come through in what you pasted — the statement ends at \"the profile (D, R) is\". "
        "Could you paste the options? For reference, (D, R) is not a Nash equilibrium, since Column would switch to L.",
        1741363425.0)
    conv = c.dump(m, 1741363425.0)
    write("game-theory-equilibria/transcripts/chatgpt-export.json", [conv])

if __name__ == "__main__":
    set1_chatgpt()
    set1_claude()
    set2_chatgpt()
    set3_claude()
    set3_chatgpt()
