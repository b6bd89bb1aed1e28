#!/usr/bin/env python3
"""Deterministic generator for the chat-export transcripts of final66.

Writes
  ../rigid-transforms/transcripts/conversations.json        ChatGPT export, 2 conversations, regenerated branch,
                                                            thoughts + reasoning_recap nodes, current_node set
  ../float-formats/transcripts/conversations.json           ChatGPT export, 2 conversations, graded one WITHOUT
                                                            current_node, python tool call + execution_output,
                                                            citation markers, regenerated branch
  ../social-choice/transcripts/chatgpt_conversations.json   ChatGPT export, 1 conversation, web-search citation
                                                            markers, regenerated branch, reasoning_recap
  ../social-choice/transcripts/claude_conversations.json    Claude export, 2 conversations, attachment with
                                                            extracted_content, thinking/tool_use/tool_result blocks

No randomness, no clock: ids come from uuid5 over fixed names, times are fixed constants.
Re-running gives byte-identical files.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NS = uuid.UUID("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e")
CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.order = []
        root = uid(key, "root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        sysid = uid(key, "system")
        self._add(sysid, root, {
            "id": sysid, "author": {"role": "system", "name": None, "metadata": {}},
            "create_time": None, "update_time": None,
            "content": {"content_type": "text", "parts": [""]},
            "status": "finished_successfully", "end_turn": True, "weight": 0.0,
            "metadata": {"is_visually_hidden_from_conversation": True},
            "recipient": "all", "channel": None})
        self.last_time = t0

    def _add(self, nid, parent, msg):
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.order.append(nid)
        return nid

    def msg(self, name, parent, role, content, t, recipient="all", end_turn=None, tool_name=None, meta=None):
        nid = uid(self.key, name)
        m = {
            "id": nid,
            "author": {"role": role, "name": tool_name, "metadata": {}},
            "create_time": t, "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": dict(meta or {}),
            "recipient": recipient,
            "channel": None,
        }
        if role == "assistant":
            m["metadata"].setdefault("model_slug", "gpt-4o")
        return self._add(nid, parent, m)

    def user(self, name, parent, text, t):
        return self.msg(name, parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, name, parent, text, t, end_turn=True):
        return self.msg(name, parent, "assistant", {"content_type": "text", "parts": [text]}, t, end_turn=end_turn)

    def thoughts(self, name, parent, summary, content, t):
        return self.msg(name, parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": summary, "content": content, "chunks": [], "finished": True}],
            "source_analysis_msg_id": uid(self.key, name, "src")}, t, end_turn=False,
            meta={"model_slug": "o4-mini"})

    def recap(self, name, parent, text, t):
        return self.msg(name, parent, "assistant", {"content_type": "reasoning_recap", "content": text}, t,
                        end_turn=False, meta={"model_slug": "o4-mini"})

    def code(self, name, parent, src, t):
        return self.msg(name, parent, "assistant", {"content_type": "code", "language": "unknown",
                                                    "response_format_name": None, "text": src}, t,
                        recipient="python", end_turn=False)

    def exec_out(self, name, parent, text, t):
        return self.msg(name, parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        tool_name="python", meta={"aggregate_result": {"status": "success"}})

    def export(self, current=None, update_time=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": update_time,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
        }
        if current is not None:
            d["current_node"] = current
        d["plugin_ids"] = None
        d["conversation_id"] = uid(self.key, "conversation")
        d["conversation_template_id"] = None
        d["gizmo_id"] = None
        d["is_archived"] = False
        d["default_model_slug"] = "auto"
        d["id"] = d["conversation_id"]
        return d


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, separators=(", ", ": ")))
        f.write("\n")


# ================================================================ set 1: rigid-transforms
def rigid():
    dinner = GPTConv("rt-dinner", "Weeknight dinner ideas", 1741550400.0)
    u = dinner.user("u1", uid("rt-dinner", "system"), "give me 5 quick vegetarian dinners, under 30 min, no mushrooms", 1741550412.31)
    a = dinner.assistant("a1", u, "Here are five quick ones:\n\n1. **Chickpea & spinach curry** (20 min)\n2. **Black-bean quesadillas** with salsa (15 min)\n3. **Peanut noodles** with cucumber and edamame (20 min)\n4. **Shakshuka** with crusty bread (25 min)\n5. **Halloumi & couscous salad** (20 min)\n\nWant a shopping list for any of them?", 1741550419.88)
    conv1 = dinner.export(current=a, update_time=1741550420.0)

    c = GPTConv("rt-hw", "Rotation matrices homework", 1741730000.0)
    prompt = ("ME 4320 Homework 3\n\n"
              "Question 1 (Composing rotations) Let R = R_z(90°) R_x(90°) (the product in this order).\n"
              "(a) Write R as a 3x3 matrix with exact entries.\n(b) Compute R p for p = (1, 2, 3)^T.\n"
              "(c) R is a rotation by some angle θ ∈ [0°, 180°] about a single axis. Find θ.\n\n"
              "Question 2 (A planar two-link arm) L1 = 0.5 m, L2 = 0.3 m, θ1 measured from the x-axis, θ2 relative to link 1. "
              "The arm is at θ1 = 30°, θ2 = 60°.\n(a) Find the end-effector position (x, y) in metres, to three decimal places.\n"
              "(b) Find the distance from the base joint to the end effector.\n(c) Find det J (2x2 Jacobian of (x, y) w.r.t. (θ1, θ2)), three decimal places.\n"
              "(d) For which configurations is this arm singular? (A) θ2 = 0° or 180° (B) θ2 = 90° (C) θ1 = 0° (D) never, since L1 ≠ L2\n\n"
              "Question 3 (Changing frames) p_A = R_z(90°) p_B + t with t = (2, 0, 1). A point has p_A = (3, 3, 1). Find p_B.")
    u1 = c.user("u1", uid("rt-hw", "system"), prompt, 1741730011.52)
    # first response, later regenerated (not on the graded branch)
    old = c.assistant("a1-old", u1,
        "**Q1 (a)** R = [[0, 0, 1], [1, 0, 0], [0, 1, 0]]\n\n**Q1 (b)** Rp = (3, 1, 2)\n\n**Q1 (c)** θ = 60°\n\n"
        "**Q2 (a)** (0.433, 0.550)\n\n**Q2 (b)** 0.700 m\n\n**Q2 (c)** 0.130\n\n**Q2 (d)** (B)\n\n**Q3** p_B = (−3, 1, 0)",
        1741730024.07)
    th = c.thoughts("th1", u1, "Composing rotations and the arm",
        "Need R = Rz Rx. Rotation about x first then z? For the matrix product, maybe apply Rx then Rz... "
        "Trace is 0 either way so the angle is 120 degrees. Arm: x = 0.5cos30 + 0.3cos90. det J = L1 L2 sin(theta2)... or cos? "
        "Frame change p_B = R^T(p_A - t).", 1741730102.40)
    rc = c.recap("rc1", th, "Thought for 14 seconds", 1741730103.02)
    a1 = c.assistant("a1", rc,
        "Below is a worked solution for all three questions.\n\n"
        "## Question 1\n\n"
        "The elementary rotations are\n\n"
        "$$R_z(90^\\circ)=\\begin{bmatrix}0&-1&0\\\\1&0&0\\\\0&0&1\\end{bmatrix},\\qquad R_x(90^\\circ)=\\begin{bmatrix}1&0&0\\\\0&0&-1\\\\0&1&0\\end{bmatrix}$$\n\n"
        "**(a)** Since we rotate about $x$ first and then about $z$, the composite is\n\n"
        "$$R=\\begin{bmatrix}0&-1&0\\\\0&0&-1\\\\1&0&0\\end{bmatrix}$$\n\n"
        "**(b)**\n\n"
        "$$R\\mathbf p=\\begin{bmatrix}0&-1&0\\\\0&0&-1\\\\1&0&0\\end{bmatrix}\\begin{bmatrix}1\\\\2\\\\3\\end{bmatrix}=\\begin{bmatrix}-2\\\\-3\\\\1\\end{bmatrix}$$\n\n"
        "**(c)** $\\operatorname{tr}R = 0 = 1+2\\cos\\theta$, so $\\cos\\theta=-\\tfrac12$ and\n\n"
        "$$\\theta = 120^\\circ$$\n\n"
        "## Question 2\n\n"
        "**(a)** $x = 0.5\\cos30^\\circ + 0.3\\cos90^\\circ = 0.433$, $y = 0.5\\sin30^\\circ + 0.3\\sin90^\\circ = 0.550$, so the end effector is at $(0.433,\\ 0.550)$ m.\n\n"
        "**(b)** $r=\\sqrt{0.433^2+0.550^2}=\\sqrt{0.49}=0.7$ m.\n\n"
        "**(c)** For a planar RR arm, $\\det J = L_1L_2\\cos\\theta_2 = 0.15\\times0.5 = 0.075$.\n\n"
        "**(d)** The Jacobian loses rank when the links are collinear, $\\theta_2=0^\\circ$ or $180^\\circ$: **(A)**.\n\n"
        "## Question 3\n\n"
        "Solve for $\\mathbf p_B$: $\\mathbf p_B = R_z(90^\\circ)^{\\top}(\\mathbf p_A-\\mathbf t) = R_z(90^\\circ)^{\\top}(1,3,0)^{\\top}$.\n\n"
        "$$\\mathbf p_B = (3,\\,-1,\\,0)$$\n\n"
        "| Part | Answer |\n|---|---|\n| 1(a) | see matrix above |\n| 1(b) | (−2, −3, 1) |\n| 1(c) | 120° |\n"
        "| 2(a) | (0.433, 0.550) m |\n| 2(b) | 0.7 m |\n| 2(c) | 0.075 |\n| 2(d) | A |\n| 3 | (3, −1, 0) |",
        1741730131.66)
    u2 = c.user("u2", a1, "ok and for question 3, what would p_B be if there were no translation, t = (0,0,0)?", 1741730420.10)
    a2 = c.assistant("a2", u2,
        "With $\\mathbf t = \\mathbf 0$ we just undo the rotation: $\\mathbf p_B = R_z(90^\\circ)^{\\top}(3,3,1)^{\\top} = (3,\\,-3,\\,1)$.\n\n"
        "So without the translation the point would be at **(3, −3, 1)** in frame B; with $\\mathbf t=(2,0,1)$ it stays **(3, −1, 0)** as computed above.",
        1741730433.91)
    conv2 = c.export(current=a2, update_time=1741730434.0)
    write("../rigid-transforms/transcripts/conversations.json", [conv2, conv1])


# ================================================================ set 2: float-formats
def floats():
    rx = GPTConv("ff-regex", "Regex for ISO dates", 1742200000.0)
    u = rx.user("u1", uid("ff-regex", "system"), "regex that matches YYYY-MM-DD dates only", 1742200009.0)
    a = rx.assistant("a1", u, "```\n^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$\n```\n\nThis checks the shape and month range, but not month lengths (it accepts 2025-02-31).", 1742200015.5)
    conv1 = rx.export(current=a, update_time=1742200016.0)

    c = GPTConv("ff-hw", "Float32 worksheet", 1742290000.0)
    prompt = ("CS 2110 Worksheet 6 — Floating point. binary32: 1/8/23 bias 127; binary16: 1/5/10 bias 15; round to nearest, ties to even.\n"
              "1(a) bit pattern of -6.25 as float32 in hex\n1(b) what decimal value is 0x3F400000\n"
              "1(c) machine epsilon for float32 = gap between 1.0 and the next larger float32\n"
              "2(a) smallest positive binary16 value incl. subnormals\n2(b) 2049 converted to binary16, what is stored\n"
              "2(c) T/F every integer |n| <= 2048 is exactly representable in binary16\n"
              "3(a) which is exactly representable as float32: A 0.1  B 1/3  C 16 777 217  D 0.375  E 1e-50\n"
              "3(b) float32: 16777216.0f + 1.0f = ?")
    u1 = c.user("u1", uid("ff-hw", "system"), prompt, 1742290004.25)
    # original answer (older branch, continued by one more exchange, all before the regeneration)
    old = c.assistant("a1-old", u1,
        "1(a) 0xC0C80000\n1(b) 0.75\n1(c) 2^-23\n2(a) 2^-24\n2(b) 2050\n2(c) False\n3(a) D\n3(b) 16777217",
        1742290011.80)
    ou = c.user("u2-old", old, "can you show the working instead of just answers", 1742290102.00)
    oa = c.assistant("a2-old", ou, "Sure. For 1(a): −6.25 = −1.5625 × 2², so sign 1, exponent 129 … (I'll use Python to double-check.)", 1742290110.00)
    # regenerated answer: the graded branch (latest leaf); no current_node in this export
    code1 = c.code("code1", u1,
        "import struct, numpy as np\n"
        "print(hex(struct.unpack('>I', struct.pack('>f', -6.25))[0]))\n"
        "print(struct.unpack('>f', bytes.fromhex('3F400000'))[0])\n"
        "print(np.float16(2049), np.float32(16777216) + np.float32(1))\n"
        "print(np.finfo(np.float32).eps)",
        1742290230.10)
    out1 = c.exec_out("out1", code1, "0xc0c80000\n0.75\n2048.0 16777216.0\n1.1920929e-07", 1742290231.40)
    a1 = c.assistant("a1", out1,
        "Here is the worksheet with the bit-level reasoning (and a quick Python check above).\n\n"
        "### Problem 1\n\n"
        "**(a)** $-6.25 = -1.5625 \\times 2^{2}$. Sign bit 1, biased exponent $2 + 127 = 129 = 10000001_2$, fraction $.5625 = .1001_2$.\n\n"
        "`1 10000001 10010000000000000000000` → **0xC0C80000**\n\n"
        "**(b)** `0x3F400000` = `0 01111110 1000…0`: exponent $126-127=-1$, significand $1.5$, so the value is $1.5\\times 2^{-1} = \\tfrac34$.\n\n"
        "**(c)** The next float after 1.0 changes the last of the 23 fraction bits, so the gap is $2^{-23}$. "
        "**Answer:** ε = 2⁻²³ ≈ 1.19 × 10⁻⁷ or 2⁻²⁴ ≈ 5.96 × 10⁻⁸, depending on which convention your course uses "
        + CITE("turn0search2") + ".\n\n"
        "### Problem 2\n\n"
        "**(a)** The smallest positive binary16 value has the smallest exponent field and the smallest significand: "
        "$2^{1-15} = 2^{-14} \\approx 6.10 \\times 10^{-5}$.\n\n"
        "**(b)** Between 2048 and 4096 the spacing is $2^{11-10} = 2$, so 2049 is a tie between 2048 and 2050. "
        "Ties go to the even significand, which is 2048. **Stored value: 2048**\n\n"
        "**(c)** With 11 significant bits (10 stored + hidden bit) every integer up to $2^{11} = 2048$ is exact. **True.**\n\n"
        "### Problem 3\n\n"
        "**(a)** 0.375 = 0.011₂ is a finite binary fraction; 0.1 and 1/3 are not, 16 777 217 = 2²⁴ + 1 needs 25 bits, and 1e-50 underflows. **Answer: D**\n\n"
        "**(b)** 16777216 + 1 is a tie between 16777216 and 16777218; ties-to-even gives **16777216** (the `+ 1.0f` is lost).\n\n"
        "For background on the formats, see " + CITE("turn0search0") + ".",
        1742290262.75)
    conv2 = c.export(current=None, update_time=1742290263.0)
    write("../float-formats/transcripts/conversations.json", [conv1, conv2])


# ================================================================ set 3: social-choice (ChatGPT)
def social_gpt():
    c = GPTConv("sc-gpt", "Voting rules and Elo", 1742810000.0)
    prompt = ("Problem Sheet 4 (ECON 3150)\n\nExercise 4.1 Twenty-one voters rank A, B, C, D:\n"
              "8 voters: A > B > C > D\n6 voters: B > C > D > A\n4 voters: C > D > B > A\n3 voters: D > C > B > A\n"
              "(a) plurality winner? (b) Borda scores 3/2/1/0 as a vector (A, B, C, D) (c) Condorcet winner, if any? (d) instant-runoff winner?\n\n"
              "Exercise 4.2 R_A = 1600, R_B = 1450, E_A = 1/(1+10^((R_B-R_A)/400)), K = 32. "
              "(a) A's expected score, 3 dp (b) A loses, new rating, 1 dp (c) rating difference for expected score exactly 0.9, nearest point\n\n"
              "Exercise 4.3 Three voters pick uniformly among the 6 rankings of three candidates. P(no Condorcet winner)? exact fraction")
    u1 = c.user("u1", uid("sc-gpt", "system"), prompt, 1742810021.0)
    old = c.assistant("a1-old", u1,
        "4.1 (a) A (b) (24, 41, 38, 23) (c) B (d) C\n4.2 (a) 0.703 (b) 1577.5 (c) 382\n4.3 1/18",
        1742810030.0)
    rc = c.recap("rc1", u1, "Searched the web · Thought for 9 seconds", 1742810140.0)
    a1 = c.assistant("a1", rc,
        "## Exercise 4.1\n\n"
        "**(a) Plurality.** First-place counts: A 8, B 6, C 4, D 3. **Winner: A.**\n\n"
        "**(b) Borda (3/2/1/0).**\n\n"
        "- A: 8·3 = 24\n- B: 8·2 + 6·3 + 4·1 + 3·1 = 16 + 18 + 4 + 2 = 40\n- C: 8·1 + 6·2 + 4·3 + 3·2 = 38\n- D: 6·1 + 4·2 + 3·3 = 23\n\n"
        "Borda vector (A, B, C, D) = **(24, 40, 38, 23)**, so B is the Borda winner.\n\n"
        "**(c) Condorcet.** B beats A 13–8, beats C 14–7 and beats D 14–7, so **B** is the Condorcet winner "
        + CITE("turn0search1") + ".\n\n"
        "**(d) Instant runoff.** Round 1 eliminates D (3); those votes go to C → A 8, B 6, C 7. Round 2 eliminates B; B's voters rank C next → C 13, A 8. **Winner: C.**\n\n"
        "## Exercise 4.2\n\n"
        "Using the logistic Elo curve " + CITE("turn0search3") + ":\n\n"
        "**(a)** $E_A = \\dfrac{1}{1+10^{-150/400}} = \\dfrac{1}{1+0.4217} \\approx 0.70$\n\n"
        "**(b)** $R_A' = 1600 + 32(0 - 0.7034) = 1600 - 22.51 = \\mathbf{1577.5}$\n\n"
        "**(c)** Set $E = 0.9$ and solve $1/(1+10^{-D/400}) = 0.9$ for $D$. I can walk through that algebra step by step if you'd like.\n\n"
        "## Exercise 4.3\n\n"
        "There are $6^3 = 216$ equally likely profiles. A cycle needs the three voters to hold the three cyclic rotations of one ordering "
        "(X>Y>Z, Y>Z>X, Z>X>Y or the reverse cycle): 2 cycles × 3! assignments = 12 profiles.\n\n"
        "$$P = \\frac{12}{216} \\approx 5.56\\%$$",
        1742810171.0)
    conv = c.export(current=a1, update_time=1742810172.0)
    write("../social-choice/transcripts/chatgpt_conversations.json", [conv])


# ================================================================ set 3: social-choice (Claude)
def ts(base, sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "%sT%02d:%02d:%02d.%06dZ" % (base, 14 + h, m, s, (sec * 7919) % 1000000)


def cmsg(key, i, sender, blocks, created, attachments=()):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    for b in blocks:
        b.setdefault("start_timestamp", created)
        b.setdefault("stop_timestamp", created)
        if b["type"] == "text":
            b.setdefault("citations", [])
    return {
        "uuid": uid(key, "msg", str(i)),
        "text": text,
        "content": blocks,
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": list(attachments),
        "files": [],
    }


def social_claude():
    day = "2025-03-24"
    other = {
        "uuid": uid("cl-bread", "conv"), "name": "Sourdough starter schedule",
        "created_at": ts(day, -7200), "updated_at": ts(day, -7000),
        "account": {"uuid": uid("account")},
        "chat_messages": [
            cmsg("cl-bread", 0, "human", [{"type": "text", "text": "how often should I feed a rye starter kept in the fridge?"}], ts(day, -7190)),
            cmsg("cl-bread", 1, "assistant", [{"type": "text", "text": "Once a week is plenty for a fridge-kept rye starter. Take it out, discard all but ~20 g, feed 1:5:5 (starter:flour:water), leave it at room temperature for 2–4 hours until bubbly, then return it to the fridge."}], ts(day, -7180)),
        ],
    }
    sheet = open(os.path.join(HERE, "..", "social-choice", "problems.txt"), encoding="utf-8").read()
    key = "cl-vote"
    msgs = [
        cmsg(key, 0, "human", [{"type": "text", "text": "can you do sheet 4? show working please"}], ts(day, 0),
             attachments=[{"file_name": "ps4.pdf", "file_size": len(sheet.encode("utf-8")), "file_type": "pdf", "extracted_content": sheet}]),
        cmsg(key, 1, "assistant", [
            {"type": "thinking", "thinking": "Profile: 8 ABCD, 6 BCDA, 4 CDBA, 3 DCBA. Plurality A. Borda A 24, B 41, C 38, D 23. "
                                             "Pairwise B beats everyone. IRV: drop D -> C gets 3... then compare. Elo: E = 1/(1+10^(-0.375)). "
                                             "4.3: the classic Condorcet paradox probability is about 8.77% (Guilbaud).",
             "summaries": [{"summary": "Tallying the voting profile."}, {"summary": "Computing Elo expectations."}], "cut_off": False},
            {"type": "text", "text": "I'll work through the sheet. Let me verify the counts with a quick script first."},
            {"type": "tool_use", "name": "repl", "input": {"code":
                "const prof = [[8,'ABCD'],[6,'BCDA'],[4,'CDBA'],[3,'DCBA']];\n"
                "const borda = {A:0,B:0,C:0,D:0};\n"
                "for (const [n,r] of prof) [...r].forEach((c,i)=>borda[c]+=n*(3-i));\n"
                "console.log(borda);\n"
                "const E = 1/(1+Math.pow(10,(1450-1600)/400));\n"
                "console.log(E.toFixed(6), (1600+32*(0-E)).toFixed(4), (400*Math.log10(9)).toFixed(4));"}},
            {"type": "tool_result", "name": "repl", "content": [{"type": "text", "text": "{\"A\":24,\"B\":41,\"C\":38,\"D\":23}\n0.703385 1577.4917 381.6970"}], "is_error": False},
            {"type": "text", "text":
                "**Exercise 4.1**\n\n"
                "(a) First-place votes: A 8, B 6, C 4, D 3. Plurality winner: **A**\n\n"
                "(b) Borda scores (A, B, C, D) = **(24, 41, 38, 23)**\n\n"
                "(c) Pairwise: B beats A 13–8, C 14–7, D 14–7. Condorcet winner: **B**\n\n"
                "(d) Round 1: D has the fewest first choices (3) and is eliminated. Round 2: A 8, B 6, C 4 + 3 = 7 — nobody has a majority. "
                "Eliminating C, C's 7 ballots transfer to B (their next surviving choice), giving B 13 vs A 8. IRV winner: **B**\n\n"
                "**Exercise 4.2**\n\n"
                "(a) E_A = 1 / (1 + 10^(−150/400)) = 1 / 1.42170 = **0.703**\n\n"
                "(b) R_A′ = 1600 + 32 × (0 − 0.70339) = 1600 − 22.508 = **1577.5**\n\n"
                "(c) Solve 1/(1 + 10^(−D/400)) = 0.9 → 10^(−D/400) = 1/9 → D = 400·log₁₀ 9 = 381.697…, so the required difference is **381** rating points.\n\n"
                "**Exercise 4.3**\n\n"
                "This is the classic Condorcet-paradox probability for three candidates under impartial culture: P(no Condorcet winner) ≈ **0.0877** (about 8.8%)."},
        ], ts(day, 25)),
        cmsg(key, 2, "human", [{"type": "text", "text": "for 4.1(d) I think C has fewer first choices than B in round 2? check again"}], ts(day, 610)),
        cmsg(key, 3, "assistant", [
            {"type": "thinking", "thinking": "Round 2 tallies: A 8, B 6, C 7. B has the fewest, not C. B's ballots B>C>D>A go to C. C 13, A 8.",
             "summaries": [{"summary": "Rechecking the runoff."}], "cut_off": False},
            {"type": "text", "text":
                "You're right — I eliminated the wrong candidate. In round 2 the tallies are A 8, B 6, C 7, so **B** (6) is eliminated, not C. "
                "B's six ballots rank C next, giving C 13 vs A 8.\n\n"
                "Corrected 4.1(d): the instant-runoff winner is **C**."},
        ], ts(day, 640)),
    ]
    conv = {
        "uuid": uid(key, "conv"), "name": "Voting rules problem sheet",
        "created_at": ts(day, 0), "updated_at": ts(day, 640),
        "account": {"uuid": uid("account")},
        "chat_messages": msgs,
    }
    write("../social-choice/transcripts/claude_conversations.json", [conv, other])


if __name__ == "__main__":
    rigid()
    floats()
    social_gpt()
    social_claude()
