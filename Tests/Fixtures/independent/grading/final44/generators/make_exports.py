#!/usr/bin/env python3
"""Write the five JSON chat exports of this corpus (3 ChatGPT, 2 Claude).

Deterministic: fixed ids and timestamps, sorted nothing random. Re-running gives
byte-identical files. Paths are relative to the corpus root (parent of generators/).
"""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2d3e-0000-4000-8000-44f1a1c0ffee")
CITE = "\ue200cite\ue202turn0search{}\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.n = 0
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.last_time = t0
        sysid = self._add(root, "system", {"content_type": "text", "parts": [""]}, t0=None,
                          metadata={"is_visually_hidden_from_conversation": True})
        self.top = sysid

    def _add(self, parent, role, content, dt=0.0, t0="auto", name=None, recipient="all",
             metadata=None, end_turn=None):
        self.n += 1
        nid = uid(self.key, str(self.n))
        if t0 == "auto":
            self.last_time = round(self.last_time + dt, 3) if dt else self.last_time
            ctime = self.last_time
        else:
            ctime = t0
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": ctime,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata if metadata is not None else {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, dt):
        return self._add(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt,
                         metadata={"request_id": uid(self.key, "req", str(self.n)),
                                   "message_source": None})

    def assistant(self, parent, text, dt, at=None):
        md = {"model_slug": self.model, "default_model_slug": self.model,
              "finish_details": {"type": "stop", "stop_tokens": [200002]},
              "citations": [], "content_references": []}
        if at is not None:
            self.last_time = at
            dt = 0.0
        return self._add(parent, "assistant", {"content_type": "text", "parts": [text]}, dt=dt,
                         metadata=md, end_turn=True)

    def thoughts(self, parent, items, dt, secs):
        tid = self._add(parent, "assistant",
                        {"content_type": "thoughts",
                         "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                      for s, c in items],
                         "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))},
                        dt=dt, metadata={"model_slug": "o3", "reasoning_status": "is_reasoning"})
        rid = self._add(tid, "assistant",
                        {"content_type": "reasoning_recap", "content": f"Thought for {secs} seconds"},
                        dt=0.5, metadata={"model_slug": "o3", "reasoning_status": "reasoning_ended"})
        return rid

    def code(self, parent, code, dt):
        return self._add(parent, "assistant",
                         {"content_type": "code", "language": "unknown", "response_format_name": None,
                          "text": code},
                         dt=dt, recipient="python", metadata={"model_slug": self.model}, end_turn=False)

    def tool_output(self, parent, text, dt):
        return self._add(parent, "tool", {"content_type": "execution_output", "text": text}, dt=dt,
                         name="python",
                         metadata={"aggregate_result": {"status": "success", "run_id": uid(self.key, "run"),
                                                        "code": "", "end_time": self.last_time + dt,
                                                        "final_expression_output": None,
                                                        "messages": [], "jupyter_messages": []}})

    def dump(self, current_node=None, drop_current=False):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
            "current_node": current_node,
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "default_model_slug": self.model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "id": uid(self.key, "conv"),
        }
        if drop_current:
            del conv["current_node"]
        return conv


def write_json(relpath, data, indent=None):
    path = os.path.join(ROOT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=indent)
        f.write("\n")


# ---------------------------------------------------------------- Claude
def claude_msg(key, i, sender, blocks, ts, attachments=()):
    content = []
    for b in blocks:
        kind = b[0]
        if kind == "text":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text",
                            "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": b[2]}],
                            "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use",
                            "name": "repl", "input": {"code": b[1]}, "message": "Analyzing",
                            "integration_name": None, "integration_icon_url": None,
                            "context": None, "display_content": None})
        elif kind == "tool_result":
            content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result",
                            "name": "repl",
                            "content": [{"type": "text", "text": b[1], "uuid": uid(key, "tr", str(i))}],
                            "is_error": False, "message": None, "display_content": None})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key, "msg", str(i)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": [
            {"file_name": a[0], "file_size": len(a[1].encode("utf-8")), "file_type": a[2],
             "extracted_content": a[1]} for a in attachments],
        "files": [{"file_name": a[0]} for a in attachments],
    }


def claude_conv(key, name, created, messages):
    return {
        "uuid": uid(key, "conv"),
        "name": name,
        "created_at": created,
        "updated_at": messages[-1]["updated_at"],
        "account": {"uuid": uid("account")},
        "chat_messages": messages,
    }


# =================================================================== data
from exports_text import (PK_PROBLEM, PK_GPT_BRANCH_OLD, PK_GPT_ANSWER, PK_GPT_THANKS,
                          PK_CLAUDE_THINK, PK_CLAUDE_CODE, PK_CLAUDE_RESULT, PK_CLAUDE_ANSWER,
                          PK_CLAUDE_PRE, PK_CLAUDE_LATE,
                          Q_PROBLEM, Q_OLD, Q_PRE, Q_CODE, Q_OUT, Q_ANSWER, Q_FOLLOW_USER, Q_FOLLOW,
                          HW_PROBLEM, HW_GPT_ANSWER, HW_FOLLOW_USER, HW_FOLLOW_OLD, HW_FOLLOW_NEW,
                          HW_CLAUDE_THINK, HW_CLAUDE_ANSWER)


def pk_chatgpt():
    other = GPTConv("pk-other", "Citation format for lab report", 1741700000.101)
    u = other.user(other.top, "what citation style do pharmacology journals usually use? for my lab report", 5)
    other.assistant(u, "Most pharmacology journals use a numbered (Vancouver-style) system, e.g. "
                       "*British Journal of Pharmacology* and *JPET*. " + CITE.format(0) +
                       "\n\nIf your instructor didn't specify, Vancouver or AMA is a safe choice.", 9)
    c = GPTConv("pk-main", "PK problem set 3", 1741905123.412, model="o3")
    u = c.user(c.top, PK_PROBLEM, 3.2)
    c.assistant(u, PK_GPT_BRANCH_OLD, 31.7)              # first attempt, later regenerated
    r = c.thoughts(u, [("Setting up one-compartment model",
                        "Dose 500 mg, V 40 L, t1/2 6 h. C0 = 12.5 mg/L. k = ln2/6."),
                       ("Checking accumulation",
                        "tau equals t1/2 so R = 2. Average steady-state concentration Dose/(CL tau).")],
                   dt=95.0, secs=14)
    a = c.assistant(r, PK_GPT_ANSWER.replace("{CITE1}", CITE.format(1)).replace("{CITE2}", CITE.format(2)), 12.9)
    u2 = c.user(a, "thanks, that helps a lot", 240.0)
    a2 = c.assistant(u2, PK_GPT_THANKS, 2.1)
    leaf = [k for k, v in other.mapping.items() if not v["children"]][0]
    data = [c.dump(current_node=a2), other.dump(current_node=leaf)]
    write_json("pk-dosing/transcripts/chatgpt-conversations.json", data)


def pk_claude():
    key = "pk-claude"
    msgs = [
        claude_msg(key, 0, "human", [("text", "Can you solve problem set 3? It's attached. Please show the working.")],
                   "2025-03-12T19:04:11.512000Z",
                   attachments=[("PHAR310_PS3.pdf", PK_PROBLEM, "pdf")]),
        claude_msg(key, 1, "assistant", [
            ("thinking", PK_CLAUDE_THINK, "Planning the PK calculations."),
            ("text", PK_CLAUDE_PRE),
            ("tool_use", PK_CLAUDE_CODE),
            ("tool_result", PK_CLAUDE_RESULT),
            ("text", PK_CLAUDE_ANSWER),
        ], "2025-03-12T19:04:52.077000Z"),
        claude_msg(key, 2, "human", [("text", "thanks, I'll ask my TA what they mean in 3.2b")],
                   "2025-03-12T19:09:30.250000Z"),
        claude_msg(key, 3, "assistant", [("text", PK_CLAUDE_LATE)], "2025-03-12T19:09:36.804000Z"),
    ]
    write_json("pk-dosing/transcripts/claude-export.json",
               [claude_conv(key, "PHAR 310 problem set 3", "2025-03-12T19:04:11.400000Z", msgs)], indent=2)


def queue_chatgpt():
    other = GPTConv("q-other", "Excel pivot table question", 1740850000.5)
    u = other.user(other.top, "how do I make a pivot table show counts instead of sums", 4)
    other.assistant(u, "Click the value field in the pivot table → **Value Field Settings** → choose **Count**.", 6)
    c = GPTConv("q-main", "M/M/1 help desk homework", 1740925000.25)
    u = c.user(c.top, Q_PROBLEM, 2.0)
    c.assistant(u, Q_OLD, 28.4)                          # first answer, then regenerated
    pre = c.assistant(u, Q_PRE, 0, at=1740925210.9)
    c.mapping[pre]["message"]["end_turn"] = False
    code = c.code(pre, Q_CODE, 1.3)
    out = c.tool_output(code, Q_OUT, 0.8)
    a = c.assistant(out, Q_ANSWER, 9.6)
    u2 = c.user(a, Q_FOLLOW_USER, 300.0)
    c.assistant(u2, Q_FOLLOW, 14.2)
    # this export has no current_node: graded branch = leaf with latest create_time
    write_json("mm1-helpdesk/transcripts/conversations.json",
               [other.dump(current_node=None, drop_current=True), c.dump(drop_current=True)])


def hw_chatgpt():
    o1 = GPTConv("hw-other1", "Spanish vocab flashcards", 1739800000.0)
    u = o1.user(o1.top, "make me 5 flashcards for kitchen vocab in spanish", 3)
    l1 = o1.assistant(u, "1. la olla — pot\n2. la sartén — frying pan\n3. el horno — oven\n4. la nevera — fridge\n5. el fregadero — sink", 5)
    c = GPTConv("hw-main", "Snail genetics HW", 1739990400.0, model="o3")
    u = c.user(c.top, HW_PROBLEM, 1.5)
    r = c.thoughts(u, [("Computing allele frequencies", "p = (600+360)/1600 = 0.6."),
                       ("Carrier risk", "Carrier frequency 2pq = 0.0392, square and divide by 4.")],
                   dt=40.0, secs=22)
    a = c.assistant(r, HW_GPT_ANSWER, 18.0)
    u2 = c.user(a, HW_FOLLOW_USER, 600.0)
    c.assistant(u2, HW_FOLLOW_OLD, 11.0)                 # first reply, regenerated
    a3 = c.assistant(u2, HW_FOLLOW_NEW, 0, at=1739991100.5)
    o2 = GPTConv("hw-other2", "Punnett square for dihybrid cross", 1740000000.0)
    u = o2.user(o2.top, "what ratio do you get from AaBb x AaBb", 2)
    l2 = o2.assistant(u, "The classic dihybrid ratio is **9 : 3 : 3 : 1** (assuming independent assortment).", 4)
    write_json("hardy-weinberg/transcripts/chatgpt-export.json",
               [o2.dump(current_node=l2), c.dump(current_node=a3), o1.dump(current_node=l1)])


def hw_claude():
    k1 = "hw-claude-trip"
    trip = claude_conv(k1, "Packing list for field trip", "2025-02-15T09:00:00.000000Z", [
        claude_msg(k1, 0, "human", [("text", "what should I pack for a 2 day pond sampling field trip")],
                   "2025-02-15T09:00:00.100000Z"),
        claude_msg(k1, 1, "assistant", [("text", "- Waders or rubber boots\n- Waterproof notebook and pencils\n"
                                                  "- Sample jars and labels\n- Sunscreen, hat, water\n- A change of clothes")],
                   "2025-02-15T09:00:07.900000Z"),
    ])
    k2 = "hw-claude-main"
    main = claude_conv(k2, "Hardy-Weinberg PS2", "2025-02-18T21:30:00.000000Z", [
        claude_msg(k2, 0, "human", [("text", "Here's my problem set, can you go through it?\n\n" + HW_PROBLEM)],
                   "2025-02-18T21:30:00.200000Z"),
        claude_msg(k2, 1, "assistant", [("thinking", HW_CLAUDE_THINK, "Working through HWE calculations."),
                                        ("text", HW_CLAUDE_ANSWER)],
                   "2025-02-18T21:30:41.660000Z"),
    ])
    write_json("hardy-weinberg/transcripts/claude-conversations.json", [trip, main], indent=2)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    pk_chatgpt()
    pk_claude()
    queue_chatgpt()
    hw_chatgpt()
    hw_claude()
    print("wrote 5 exports under", ROOT)
