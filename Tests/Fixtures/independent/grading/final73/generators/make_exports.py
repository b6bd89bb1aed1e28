#!/usr/bin/env python3
"""Deterministic generator for the five chat-export transcripts of corpus final73.

Writes
  doppler/transcripts/chatgpt-export.json          ChatGPT conversations.json (2 conversations,
                                                   regenerated branch, thoughts, reasoning_recap,
                                                   python tool call + execution_output, citations)
  cpm-pert/transcripts/claude-export.json          Claude export (2 conversations, attachment,
                                                   thinking, tool_use/tool_result)
  cpm-pert/transcripts/conversations-nocurrent.json ChatGPT export WITHOUT current_node
  exposure/transcripts/chatgpt-conversations.json  ChatGPT export (regenerated last answer)
  exposure/transcripts/claude-data.json            Claude export (thinking, attachment)

No randomness, no clock: every id and timestamp is derived from fixed strings/numbers, so
re-running gives byte-identical files.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("6f1c2b9e-0d3a-4c55-9a7e-1b2c3d4e5f60")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
        return fh.read()


# --------------------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.root = uid(key, "root")
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        self.last_time = t0

    def add(self, name, parent, role, content, t, recipient="all", extra_meta=None, author_name=None,
            hidden=False):
        nid = uid(self.key, name)
        pid = self.root if parent is None else uid(self.key, parent)
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant" or role == "tool":
            meta["model_slug"] = "gpt-4o" if "o3" not in self.key else "o3"
            meta["default_model_slug"] = meta["model_slug"]
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and content.get("content_type") == "text" else None,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.last_time = max(self.last_time, t)
        return name

    def text(self, name, parent, role, text, t, **kw):
        return self.add(name, parent, role, {"content_type": "text", "parts": [text]}, t, **kw)

    def dump(self, current=None, with_current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.key, current)
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conv"),
        })
        return d


def write_json(rel, obj, ascii_only):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, ensure_ascii=ascii_only, indent=None if ascii_only else 1,
                  separators=(",", ":") if ascii_only else (",", ": "))
        fh.write("\n")
    print("wrote", rel)


CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CITE_OPEN}cite{CITE_SEP}{ref}{CITE_CLOSE}"


# ---------------------------------------------------------------- doppler: ChatGPT export
def doppler_export():
    other = GPTConv("dop-bread", "Sourdough starter feeding ratio", 1741520000.125)
    other.text("u1", None, "user", "what does a 1:5:5 feeding mean for sourdough starter", 1741520011.5)
    other.text("a1", "u1", "assistant",
               "A 1:5:5 feed means **1 part starter : 5 parts flour : 5 parts water** by weight. "
               "For example, 20 g starter + 100 g flour + 100 g water. The high ratio dilutes the "
               "acid, so the starter peaks more slowly (often 8–12 hours at 24 °C), which is handy "
               "if you feed it before bed.", 1741520019.25)

    c = GPTConv("dop-hw", "Doppler effect homework", 1741731600.5)
    c.text("sys", None, "system", "", 1741731600.5, hidden=True)
    c.text("u1", "sys", "user",
           "PHYS 1420 HW6, speed of sound 343 m/s, frequencies to nearest 0.1 Hz.\n\n"
           "1. An ambulance siren emits a steady tone of 700 Hz. The ambulance drives in a straight "
           "line at 25 m/s past a pedestrian standing at the kerb.\n"
           "(a) What frequency does the pedestrian hear while the ambulance approaches?\n"
           "(b) What frequency does the pedestrian hear after it has passed and is moving away?\n\n"
           "2. A tuning fork sounding 440 Hz is mounted on a post.\n"
           "(a) A cyclist rides straight towards the post at 8 m/s. What frequency does she hear?\n"
           "(b) Now the source is a car horn of 500 Hz on a car driving at 30 m/s towards a second car, "
           "which drives towards the first at 10 m/s (head-on, same road). What frequency does the "
           "driver of the second car hear?\n\n"
           "3. A bat flies at u = 5.0 m/s straight towards a cave wall and emits a 40.0 kHz chirp. The "
           "wall reflects the sound back to the bat.\n"
           "(a) What frequency does the bat hear in the echo? Give your answer to the nearest hertz.\n"
           "(b) Write the echo frequency f' symbolically in terms of f, v and u (exact, no small-speed "
           "approximation).", 1741731655.0)
    # first (older) answer -- later regenerated; NOT on the graded branch
    c.text("a1_old", "u1", "assistant",
           "**1(a)** f = 700·343/(343−25) ≈ **755.0 Hz**\n\n"
           "**1(b)** f = 700·343/(343+25) ≈ **652.4 Hz**\n\n"
           "**2(a)** f = 440·(343+8)/343 ≈ **450.3 Hz**\n\n"
           "**2(b)** f = 500·(343+10)/(343−30) ≈ **563.9 Hz**\n\n"
           "**3(a)** f′ = 40 000·(343+5)/(343−5) ≈ **41 183 Hz**\n\n"
           "**3(b)** f′ = f(v+u)/(v−u)", 1741731672.0)
    # regenerated branch (graded)
    c.add("th1", "u1", "assistant",
          {"content_type": "thoughts",
           "thoughts": [
               {"summary": "Setting up sign conventions",
                "content": "Observer toward source: +v_o in numerator. Source toward observer: -v_s in "
                           "denominator. Ambulance approaching: 700*343/318. Receding 700*343/368.",
                "chunks": [], "finished": True},
               {"summary": "Checking the bat echo",
                "content": "Two-step Doppler. Better compute it numerically to get the nearest hertz.",
                "chunks": [], "finished": True}],
           "source_analysis_msg_id": uid("dop-hw", "th1-src")},
          1741731702.0, extra_meta={"reasoning_status": "is_reasoning"})
    c.add("rr1", "th1", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 11 seconds"},
          1741731703.0, extra_meta={"reasoning_status": "reasoning_ended"})
    c.add("code1", "rr1", "assistant",
          {"content_type": "code", "language": "unknown",
           "text": "v = 343\nprint(700*v/(v-25), 700*v/(v+25))\nprint(440*(v+8)/v)\n"
                   "print(500*(v+10)/(v+30))\nprint(40000*(v+5)/(v-5))",
           "response_format_name": None},
          1741731705.0, recipient="python")
    c.add("out1", "code1", "tool",
          {"content_type": "execution_output",
           "text": "755.0314465408806 652.445652173913\n450.26239067055394\n473.1903485254692\n"
                   "41183.43195266272"},
          1741731706.5, author_name="python",
          extra_meta={"aggregate_result": {"status": "success", "run_id": uid("dop-hw", "run1"),
                                           "code": "v = 343 ...", "messages": []}})
    c.text("a1", "out1", "assistant",
           "Here are the worked answers (I checked the arithmetic in Python).\n\n"
           "### Problem 1\n"
           "Moving source, observer at rest: $f = f_s\\,\\dfrac{v}{v \\mp v_s}$.\n\n"
           "- **(a)** approaching: $f = 700 \\cdot \\dfrac{343}{318} = \\mathbf{755.0\\ Hz}$\n"
           "- **(b)** receding: $f = 700 \\cdot \\dfrac{343}{368} = \\mathbf{652.4\\ Hz}$\n\n"
           "### Problem 2\n"
           "- **(a)** observer moving toward a source at rest: "
           "$f = 440 \\cdot \\dfrac{343 + 8}{343} = \\mathbf{450.3\\ Hz}$\n"
           "- **(b)** both cars move: the observer approaches (+10 in the numerator) and the horn's car "
           "moves along the road at 30 m/s:\n\n"
           "$$f = 500 \\cdot \\frac{343 + 10}{343 + 30} = 500 \\cdot \\frac{353}{373} \\approx 473.2\\ \\text{Hz}$$\n\n"
           "### Problem 3\n"
           "**(a)** The wall first receives the chirp as a stationary observer, then re-emits it as a "
           "stationary source toward the moving bat. Combining both steps:\n\n"
           "$$f' = 40\\,000 \\cdot \\frac{348}{338} = 41\\,183.4\\ \\text{Hz}$$\n\n"
           "**Answer: 41 183 Hz** (nearest hertz).\n\n"
           "Let me know if you want the wavefront sketches for any of these.", 1741731712.0)
    c.text("u2", "a1", "user",
           "ok thanks. now 4 and 5:\n"
           "4. A Doppler ultrasound probe emits at f0 = 5.00 MHz into tissue where sound travels at "
           "1540 m/s. The beam meets a blood vessel at 60° to the flow, and the reflected signal is "
           "shifted by Δf = 1.30 kHz. Using Δf = 2 f0 v_b cos θ / c, find the blood speed v_b in m/s "
           "to three significant figures.\n"
           "5. Compare case I (observer moves at u toward stationary source) with case II (source moves "
           "at u toward stationary observer). The frequency heard in case I is (A) higher than in case "
           "II (B) lower than in case II (C) the same as in case II (D) higher or lower depending on f0",
           1741731890.0)
    c.add("th2", "u2", "assistant",
          {"content_type": "thoughts",
           "thoughts": [{"summary": "Rearranging the ultrasound relation",
                         "content": "v_b = Δf c / (f0 cos θ). 1300*1540 = 2.002e6; f0 cosθ = 2.5e6.",
                         "chunks": [], "finished": True}],
           "source_analysis_msg_id": uid("dop-hw", "th2-src")},
          1741731896.0, extra_meta={"reasoning_status": "is_reasoning"})
    c.add("rr2", "th2", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 6 seconds"},
          1741731897.0, extra_meta={"reasoning_status": "reasoning_ended"})
    c.text("a2", "rr2", "assistant",
           "**Problem 4.** The Doppler ultrasound equation " + cite("turn0search2") + " rearranges to\n\n"
           "\\[\n v_b = \\frac{\\Delta f\\, c}{f_0 \\cos\\theta} = "
           "\\frac{(1.30\\times10^{3})(1540)}{(5.00\\times10^{6})(0.5)} \\]\n\n"
           "\\[\n \\boxed{v_b \\approx 0.801\\ \\text{m/s}} \\]\n\n"
           "That is a typical speed for arterial flow. " + cite("turn0search5") + "\n\n"
           "**Problem 5.** Case I: $f_I = f_0(1 + u/v)$. Case II: $f_{II} = f_0/(1 - u/v) > f_0(1+u/v)$, "
           "because $1/(1-x) = 1 + x + x^2 + \\dots$. So the observer-moving case is lower: **(B)**.",
           1741731904.0,
           extra_meta={"citations": [], "content_references": [
               {"matched_text": cite("turn0search2"), "type": "grouped_webpages", "alt": "",
                "items": [{"title": "Doppler ultrasound - Radiopaedia",
                           "url": "https://radiopaedia.org/articles/doppler-effect"}]},
               {"matched_text": cite("turn0search5"), "type": "grouped_webpages", "alt": "",
                "items": [{"title": "Blood flow velocity", "url": "https://en.wikipedia.org/wiki/Blood_flow"}]}]})
    convs = [c.dump("a2"), other.dump("a1")]
    write_json("doppler/transcripts/chatgpt-export.json", convs, ascii_only=True)


# ------------------------------------------------------------- cpm: ChatGPT, no current_node
def cpm_nocurrent():
    c = GPTConv("cpm-nc", "Critical path + PERT questions", 1742225000.0)
    c.text("u1", None, "user",
           "OPM 310 PS4. Activities (predecessors, days): A (-, 3), B (-, 5), C (A, 4), D (A, 6), "
           "E (B and C, 2), F (D, 3), G (E and F, 5).\n"
           "1a) minimum completion time\n"
           "1b) which is the critical path: (A) A-C-E-G (B) B-E-G (C) A-D-F-G (D) A-D-E-G\n"
           "1c) ES, EF, LS, LF of activity C as a tuple, project starts at 0\n"
           "1d) free float of B\n"
           "2) three point estimate a=4, m=7, b=16.\n"
           "2a) expected duration (PERT)\n"
           "2b) standard deviation\n"
           "2c) a different project's critical path: expected length 30 days, variance 9. P(finish "
           "within 33 days)? 4 decimal places\n"
           "3) Activity D normally 6 days / $1,200, crashed to 4 days for $1,800. crash cost per day?",
           1742225040.0)
    c.text("a1_old", "u1", "assistant",
           "**1a)** Forward pass gives EF(G) = 17, so the project takes **17 days**.\n"
           "**1b)** A–D–F–G is the only path of length 17 → **(C)**.\n"
           "**1c)** C: ES = 3, EF = 7, LS = 6, LF = 10 → **(3, 7, 6, 10)**\n"
           "**1d)** B can slip until the latest start of E allows: LF(B) − EF(B) = 10 − 5 = **5 days**.\n"
           "**2a)** t_e = (4 + 4·7 + 16)/6 = **8 days**\n",
           1742225071.0)
    c.text("a1", "u1", "assistant",
           "## Question 1\n\n"
           "Forward pass (ES, EF): A (0, 3), B (0, 5), C (3, 7), D (3, 9), E (7, 9), F (9, 12), "
           "G (12, 17).\n\n"
           "Backward pass (LS, LF) from T = 17: G (12, 17), F (9, 12), E (10, 12), D (3, 9), "
           "C (6, 10), B (5, 10), A (0, 3).\n\n"
           "**a)** Minimum completion time: **17 days**\n\n"
           "**b)** The activities with zero total float are A, D, F and G, so the critical path is "
           "A–D–F–G, which is option **(C)**.\n\n"
           "**c)** (ES, EF, LS, LF) for C = **(3, 7, 6, 10)**\n\n"
           "**d)** Free float is how long B can slip without delaying the *earliest* start of any "
           "successor: FF(B) = ES(E) − EF(B) = 7 − 5 = **2 days**. (Its total float is 5 days.)\n\n"
           "## Question 2\n\n"
           "**a)** Expected (mean) duration with the three estimates:\n\n"
           "$$t_e = \\frac{a + m + b}{3} = \\frac{4 + 7 + 16}{3} = 9 \\text{ days}$$\n\n"
           "**b)** Standard deviation: $\\sigma = \\dfrac{b - a}{6} = \\dfrac{12}{6} = 2$ days.\n\n"
           "**c)** Path length $T \\sim N(30, 3^2)$, so $z = (33 - 30)/3 = 1$.\n\n"
           "$$P = 1 - \\Phi(1) = 1 - 0.8413 = 0.1587$$\n\n"
           "**P ≈ 0.1587**",
           1742225102.0)
    c.text("u2", "a1", "user", "and question 3?", 1742225230.0)
    c.text("a2", "u2", "assistant",
           "Happy to — one thing to check first so I don't give you the wrong slope. Is the $1,800 the "
           "**total** cost of doing D in 4 days, or the **extra** cost on top of the normal $1,200? "
           "The crash cost per day depends on which one your sheet means.",
           1742225236.0)
    d = c.dump(with_current=False)
    write_json("cpm-pert/transcripts/conversations-nocurrent.json", [d], ascii_only=False)


# -------------------------------------------------------------- exposure: ChatGPT export
def exposure_export():
    other = GPTConv("exp-lens", "Lens for street photography", 1743000100.0)
    other.text("u1", None, "user", "is a 35mm or 50mm better for street photography on full frame", 1743000120.0)
    other.text("a1", "u1", "assistant",
               "Both are classics. A **35 mm** gives a wider, more contextual view and is easier to "
               "zone-focus " + cite("turn0search0") + "; a **50 mm** isolates subjects more and feels "
               "closer to a 'normal' perspective " + cite("turn0search3") + ". If you only buy one, "
               "most street shooters start with 35 mm.", 1743000131.0)

    c = GPTConv("exp-hw", "Exposure worksheet 3", 1743100000.0)
    c.text("u1", None, "user",
           "ARTS 2150 worksheet 3. EV = log2(N^2/t) at ISO 100, use exact f-numbers.\n"
           "Exercise 3.1 A landscape is correctly exposed at ISO 100 with f/8 and t = 1/125 s.\n"
           "(a) Compute the exposure value, two decimal places.\n"
           "(b)(i) Keeping the same EV, open the aperture to f/4. What shutter time gives the same exposure?\n"
           "(b)(ii) Keep f/8 and 1/125 s but raise ISO 100 to ISO 320. By how many stops does the exposure "
           "increase? Two decimal places.\n"
           "(c) Rearrange the definition to give t as a function of N and EV.", 1743100042.0)
    c.add("th1", "u1", "assistant",
          {"content_type": "thoughts",
           "thoughts": [{"summary": "Computing the exposure value",
                         "content": "N^2/t = 64*125 = 8000. log2(8000) = 3*log2(20) = 12.9658.",
                         "chunks": [], "finished": True}],
           "source_analysis_msg_id": uid("exp-hw", "th1-src")},
          1743100047.0, extra_meta={"reasoning_status": "is_reasoning"})
    c.add("rr1", "th1", "assistant", {"content_type": "reasoning_recap", "content": "Thought for 5 seconds"},
          1743100048.0, extra_meta={"reasoning_status": "reasoning_ended"})
    c.text("a1", "rr1", "assistant",
           "**Exercise 3.1**\n\n"
           "**(a)** $N^2/t = 8^2 \\times 125 = 8000$, so\n\n"
           "$$\\text{EV} = \\log_2 8000 \\approx 12.97$$\n\n"
           "**(b)**\n\n"
           "(i) Same EV means the same $N^2/t$. At f/4: $t = 4^2/8000 = 16/8000$, i.e. "
           "**$t = 1/500$ s** (0.002 s). Going from f/8 to f/4 is two stops, so the time drops by a "
           "factor of 4.\n\n"
           "(ii) Stops are powers of two, so the gain is $\\log_2(320/100) = \\log_2 3.2 \\approx$ "
           "**1.68 stops**. (Cameras label this \"1⅔ stops\", but the exact value is 1.68.)\n\n"
           "**(c)** From $2^{\\text{EV}} = N^2/t$:\n\n"
           "$$t = \\frac{N^2}{2^{\\text{EV}}}$$", 1743100060.0)
    c.text("u2", "a1", "user",
           "great. Exercise 3.2: 50 mm lens at f/8 on full frame, circle of confusion c = 0.030 mm, "
           "H = f^2/(N c) + f.\n(a) hyperfocal distance H in metres, 2 d.p.\n(b) focused at H, where does "
           "acceptable sharpness begin? D_n = s(H-f)/(H+s-2f) with s = H, metres 2 d.p.\n"
           "Exercise 3.3: 24 mm lens, sensor 36 mm wide, horizontal angle of view 2 arctan(w/(2f)) in "
           "degrees, 1 d.p.\nExercise 3.4 true or false: starting from a correct exposure, halving the "
           "shutter time and opening the aperture by one full stop leaves the exposure unchanged.",
           1743100300.0)
    # older answer to u2 (regenerated away) -- not graded
    c.text("a2_old", "u2", "assistant",
           "**3.2 (a)** $H = 50^2/(8 \\times 0.030) + 50 = 10\\,416.7 + 50 = 10\\,466.7$ mm ≈ **10.47 m**\n\n"
           "**(b)** With $s = H$ the formula reduces to $D_n = H/2$ ≈ **5.23 m**\n\n"
           "**3.3** $2\\arctan(18/24) = 73.74°$ ≈ **73.7°**\n\n"
           "**3.4** **True.**", 1743100318.0)
    c.text("a2", "u2", "assistant",
           "### Exercise 3.2\n\n"
           "**(a)** With $f = 50$ mm, $N = 8$, $c = 0.030$ mm:\n\n"
           "$$H = \\frac{f^2}{Nc} = \\frac{2500}{0.24} = 10\\,416.7\\ \\text{mm}$$\n\n"
           "The added $f$ is negligible at this distance, so **H ≈ 10.42 m**.\n\n"
           "**(b)** Setting $s = H$ in the near-limit formula gives $D_n = H(H-f)/(2H-2f) = H/2$, so "
           "sharpness begins at about **5.21 m** and extends to infinity." + cite("turn0search1") + "\n\n"
           "### Exercise 3.3\n\n"
           "Half-width over focal length: $18/24 = 0.75$, $\\arctan 0.75 = 36.87°$, so the horizontal "
           "angle of view is **73.7°**.\n\n"
           "### Exercise 3.4\n\n"
           "Halving the time removes one stop of light; opening up by one full stop adds one stop back. "
           "The two cancel, so the statement is **True**.", 1743100405.0,
           extra_meta={"content_references": [
               {"matched_text": cite("turn0search1"), "type": "grouped_webpages",
                "items": [{"title": "Hyperfocal distance - Wikipedia",
                           "url": "https://en.wikipedia.org/wiki/Hyperfocal_distance"}]}]})
    convs = [other.dump("a1"), c.dump("a2")]
    write_json("exposure/transcripts/chatgpt-conversations.json", convs, ascii_only=True)


# ------------------------------------------------------------------------------ Claude
def claude_msg(conv, idx, sender, t, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for b in blocks:
        base = {"start_timestamp": t, "stop_timestamp": t, "flags": None}
        base.update(b)
        content.append(base)
    return {
        "uuid": uid(conv, "msg", str(idx)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": attachments or [],
        "files": [],
    }


def claude_conv(key, name, t0, t1, msgs):
    return {"uuid": uid(key, "conv"), "name": name, "created_at": t0, "updated_at": t1,
            "account": {"uuid": uid("acct", "student")}, "chat_messages": msgs}


def cpm_claude():
    k = "cpm-claude"
    ps = read("cpm-pert/problems.md")
    m = []
    m.append(claude_msg(k, 0, "human", "2025-03-18T15:02:11.204518Z",
                        [{"type": "text", "text": "Can you work through this problem set? Please show the "
                                                  "forward and backward pass for Q1."}],
                        attachments=[{"file_name": "ps4_scheduling.md", "file_size": len(ps.encode()),
                                      "file_type": "text/markdown", "extracted_content": ps}]))
    m.append(claude_msg(k, 1, "assistant", "2025-03-18T15:02:19.771032Z", [
        {"type": "thinking",
         "thinking": "Network: A3, B5, C4 after A, D6 after A, E2 after B,C, F3 after D, G5 after E,F. "
                     "Forward pass: A 0-3, B 0-5, C 3-7, D 3-9, E 7-9, F 9-12, G 12-17. Duration 17. "
                     "Backward: G 12-17, F 9-12, E 10-12, D 3-9, C 6-10, B 5-10. Let me verify the PERT "
                     "probability numerically.",
         "summaries": [{"summary": "Running forward and backward passes."}], "cut_off": False},
        {"type": "text", "text":
            "## Question 1\n\n"
            "**Forward pass** (ES → EF):\n\n"
            "| Activity | ES | EF |\n|---|---|---|\n| A | 0 | 3 |\n| B | 0 | 5 |\n| C | 3 | 7 |\n"
            "| D | 3 | 9 |\n| E | 7 | 9 |\n| F | 9 | 12 |\n| G | 12 | 17 |\n\n"
            "**Backward pass** (LF → LS), starting from T = 17:\n\n"
            "| Activity | LS | LF | Total float |\n|---|---|---|---|\n| G | 12 | 17 | 0 |\n"
            "| F | 9 | 12 | 0 |\n| E | 10 | 12 | 3 |\n| D | 3 | 9 | 0 |\n| C | 6 | 10 | 3 |\n"
            "| B | 5 | 10 | 5 |\n| A | 0 | 3 | 0 |\n\n"
            "**(a)** The project needs at least **17 days**.\n\n"
            "**(b)** Zero-float activities A, D, F, G form the critical path A – D – F – G → **(C)**.\n\n"
            "**(c)** For activity C: ES = 3, EF = 7, LS = 6, LF = 10, i.e. **(3, 7, 6, 10)**.\n\n"
            "**(d)** B has LS − ES = 5 − 0 = 5 days of slack, so its free float is **5 days**.\n\n"
            "## Question 2\n\n"
            "**(a)** $t_e = \\dfrac{a + 4m + b}{6} = \\dfrac{4 + 28 + 16}{6} = 8$ days\n\n"
            "**(b)** $\\sigma = \\dfrac{b - a}{6} = \\dfrac{12}{6} = 2$ days\n\n"
            "**(c)** Let me check the normal probability."},
        {"type": "tool_use", "name": "repl", "id": "toolu_01" + uid(k, "tool")[:20].replace("-", ""),
         "input": {"code": "// standard normal CDF via erf approximation\n"
                           "function erf(x){const t=1/(1+0.3275911*Math.abs(x));const y=1-(((((1.061405429*t"
                           "-1.453152027)*t)+1.421413741)*t-0.284496736)*t+0.254829592)*t*Math.exp(-x*x);"
                           "return Math.sign(x)*y;}\nconst z=(33-30)/Math.sqrt(9);\n"
                           "console.log(z, 0.5*(1+erf(z/Math.SQRT2)));"}},
        {"type": "tool_result", "name": "repl", "tool_use_id": "toolu_01" + uid(k, "tool")[:20].replace("-", ""),
         "content": [{"type": "text", "text": "{\"status\":\"success\",\"logs\":[\"1 0.8413447...\"]}"}],
         "is_error": False},
        {"type": "text", "text":
            "With $z = (33 - 30)/\\sqrt{9} = 1$, the probability of finishing within 33 days is "
            "$\\Phi(1)$, so **P ≈ 0.84**.\n\n"
            "## Question 3\n\n"
            "Cost slope = (crash cost − normal cost)/(normal time − crash time) = (1800 − 1200)/(6 − 4) "
            "= **$300 per day**.\n\n"
            "### Summary\n\n"
            "| Part | Answer |\n|---|---|\n| 1(a) | 17 days |\n| 1(b) | (C) |\n| 1(c) | (3, 7, 5, 9) |\n"
            "| 1(d) | 5 days |\n| 2(a) | 8 days |\n| 2(b) | 2 days |\n| 2(c) | 0.84 |\n| 3 | $300/day |"},
    ]))
    m.append(claude_msg(k, 2, "human", "2025-03-18T15:06:40.009113Z",
                        [{"type": "text", "text": "for 2c what would it be for 35 days instead?"}]))
    m.append(claude_msg(k, 3, "assistant", "2025-03-18T15:06:44.520871Z", [
        {"type": "text", "text":
            "For 35 days, $z = (35 - 30)/3 = 1.667$, so $P = \\Phi(1.667) \\approx 0.9522$. "
            "That's a different deadline from the one on your sheet, so keep your 33-day answer for 2(c)."}]))
    graded = claude_conv(k, "OPM 310 PS4 scheduling", "2025-03-18T15:02:10.112004Z",
                         "2025-03-18T15:06:44.520871Z", m)
    k2 = "cpm-claude-other"
    other = claude_conv(k2, "Cover letter tweaks", "2025-03-17T09:14:02.000001Z", "2025-03-17T09:15:30.000001Z", [
        claude_msg(k2, 0, "human", "2025-03-17T09:14:02.551000Z",
                   [{"type": "text", "text": "Make this sentence less stiff: 'I am writing to express my "
                                             "interest in the position of Operations Intern.'"}]),
        claude_msg(k2, 1, "assistant", "2025-03-17T09:14:09.118000Z",
                   [{"type": "text", "text": "Try: \"I'd love to be considered for the Operations Intern "
                                             "role.\" It's direct and still professional."}]),
    ])
    write_json("cpm-pert/transcripts/claude-export.json", [other, graded], ascii_only=False)


def exposure_claude():
    k = "exp-claude"
    ws = read("exposure/problems.tex")
    m = []
    m.append(claude_msg(k, 0, "human", "2025-03-30T20:41:05.000912Z",
                        [{"type": "text", "text": "Here's my imaging worksheet (the tex source). Can you "
                                                  "do all of it? Keep answers to the precision asked."}],
                        attachments=[{"file_name": "worksheet3.tex", "file_size": len(ws.encode()),
                                      "file_type": "application/x-tex", "extracted_content": ws}]))
    m.append(claude_msg(k, 1, "assistant", "2025-03-30T20:41:31.448120Z", [
        {"type": "thinking",
         "thinking": "EV = log2(64*125) = log2(8000) ≈ 12.966. f/4: t = 16/8000 = 0.002 s. ISO 100→320: "
                     "that's the 1 2/3 stop position on the third-stop scale. H = 2500/0.24 + 50 = 10466.7 mm. "
                     "Dn at s = H equals H/2. Angle: atan(0.75) = 36.87°.",
         "summaries": [{"summary": "Working through the exposure arithmetic."}], "cut_off": False},
        {"type": "text", "text":
            "## Exercise 3.1\n\n"
            "**(a)** $\\mathrm{EV} = \\log_2(8^2 \\cdot 125) = \\log_2 8000 = 12.97$\n\n"
            "**(b)(i)** Keeping $N^2/t = 8000$ at $f/4$: $t = 16/8000 = 0.002$ s, which is **1/500 s**.\n\n"
            "**(b)(ii)** ISO 320 sits on the third-stop scale at 100 → 125 → 160 → 200 → 250 → 320, "
            "i.e. five thirds of a stop above ISO 100. So the exposure increases by "
            "**1.67 stops** (1⅔).\n\n"
            "**(c)** $t = N^2 \\cdot 2^{-\\mathrm{EV}}$\n\n"
            "## Exercise 3.2\n\n"
            "**(a)** $H = \\dfrac{50^2}{8 \\times 0.030} + 50 = 10\\,416.7 + 50 = 10\\,466.7$ mm, so "
            "**H = 10.47 m**.\n\n"
            "**(b)** With $s = H$: $D_n = \\dfrac{H(H - f)}{2H - 2f} = \\dfrac{H}{2} = 5\\,233$ mm, so "
            "sharpness begins at **5.23 m**.\n\n"
            "## Exercise 3.3\n\n"
            "$2\\arctan\\left(\\dfrac{36}{2 \\cdot 24}\\right) = 2 \\times 36.87° = $ **73.7°**\n\n"
            "## Exercise 3.4\n\n"
            "**True** — halving the time loses one stop, opening up one stop gains one, net zero.\n\n"
            "---\n\n"
            "**Quick reference**\n\n"
            "- 3.1(a): 12.97\n- 3.1(b)(i): 1/500 s\n- 3.1(b)(ii): 1.67 stops\n"
            "- 3.1(c): t = N²/2^EV\n- 3.2(a): 10.47 m\n- 3.2(b): 5.23 m\n- 3.3: 36.9°\n- 3.4: True"},
    ]))
    graded = claude_conv(k, "Imaging worksheet 3", "2025-03-30T20:41:04.771300Z",
                         "2025-03-30T20:41:31.448120Z", m)
    write_json("exposure/transcripts/claude-data.json", [graded], ascii_only=False)


if __name__ == "__main__":
    doppler_export()
    cpm_nocurrent()
    cpm_claude()
    exposure_export()
    exposure_claude()
