#!/usr/bin/env python3
"""Write the five JSON chat exports of corpus final53 (deterministic, byte-identical on rerun).

  hydrology-runoff/transcripts/chatgpt-export.json       ChatGPT conversations.json, 2 conversations,
                                                          regenerated branch, thoughts, python tool call,
                                                          citation markers, current_node set
  surveying-field/transcripts/claude-export.json         Claude export, 2 conversations, thinking,
                                                          tool_use/tool_result, attachment
  surveying-field/transcripts/chatgpt-no-current.json    ChatGPT export, 1 conversation, NO current_node:
                                                          graded branch = leaf with latest create_time
  kinetics-rates/transcripts/chatgpt-conversations.json  ChatGPT export, 3 conversations, reasoning_recap,
                                                          thoughts, python, citation marker before a fence
  kinetics-rates/transcripts/claude-export-2.json        Claude export, 2 conversations, thinking, attachment
"""
import json, pathlib, uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
NS = uuid.UUID("6f1d2c1e-53a0-4b7e-9d65-0c0ffee53000")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# citation markers (private use area): start, delimiter, end
CS, CD, CE = "\ue200", "\ue202", "\ue201"


def cite(ref):
    return f"{CS}cite{CD}{ref}{CE}"


# ---------------------------------------------------------------- ChatGPT helpers
class GPTConv:
    def __init__(self, key, title, t0):
        self.key, self.title, self.t = key, title, t0
        self.mapping = {}
        root = uid(key, "root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        sys_id = uid(key, "system")
        self._add(sys_id, root, {"role": "system", "name": None, "metadata": {}},
                  {"content_type": "text", "parts": [""]}, weight=0.0,
                  metadata={"is_visually_hidden_from_conversation": True}, time=None)
        self.system = sys_id

    def _add(self, nid, parent, author, content, weight=1.0, metadata=None, time="auto",
             recipient="all", end_turn=None, channel=None):
        if time == "auto":
            self.t += 7.25
            time = round(self.t, 3)
        msg = {"id": nid, "author": author, "create_time": time, "update_time": None,
               "content": content, "status": "finished_successfully", "end_turn": end_turn,
               "weight": weight, "metadata": metadata or {}, "recipient": recipient,
               "channel": channel}
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, name, parent, text):
        return self._add(uid(self.key, name), parent, {"role": "user", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]},
                         metadata={"request_id": uid(self.key, name, "req"), "message_source": None})

    def assistant(self, name, parent, text, model="gpt-4o", end_turn=True):
        return self._add(uid(self.key, name), parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]}, end_turn=end_turn,
                         metadata={"model_slug": model, "default_model_slug": model,
                                   "parent_id": parent, "finish_details": {"type": "stop"}})

    def thoughts(self, name, parent, items, model="o3"):
        return self._add(uid(self.key, name), parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "thoughts",
                          "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                       for s, c in items],
                          "source_analysis_msg_id": uid(self.key, name, "src")},
                         metadata={"model_slug": model}, channel="analysis")

    def recap(self, name, parent, text, model="o3"):
        return self._add(uid(self.key, name), parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "reasoning_recap", "content": text},
                         metadata={"model_slug": model, "reasoning_status": "reasoning_ended"})

    def code(self, name, parent, code, model="gpt-4o"):
        return self._add(uid(self.key, name), parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "code", "language": "unknown", "response_format_name": None,
                          "text": code}, recipient="python", end_turn=False,
                         metadata={"model_slug": model})

    def tool(self, name, parent, output):
        return self._add(uid(self.key, name), parent,
                         {"role": "tool", "name": "python", "metadata": {}},
                         {"content_type": "execution_output", "text": output},
                         metadata={"aggregate_result": {"status": "success", "run_id": uid(self.key, name, "run"),
                                                        "code": "", "final_expression_output": output}})

    def export(self, current=None, drop_current=False):
        d = {"title": self.title, "create_time": self.t0,
             "update_time": round(self.t, 3), "mapping": self.mapping, "moderation_results": [],
             "plugin_ids": None, "conversation_id": uid(self.key, "conv"),
             "conversation_template_id": None, "gizmo_id": None, "is_archived": False,
             "safe_urls": [], "default_model_slug": "gpt-4o", "id": uid(self.key, "conv")}
        if not drop_current:
            d["current_node"] = current
        return d


def gpt(key, title, t0):
    c = GPTConv(key, title, t0)
    c.t0 = t0
    return c


# ---------------------------------------------------------------- Claude helpers
def iso(ts):
    import datetime
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class ClaudeConv:
    def __init__(self, key, name, t0, summary=""):
        self.key, self.name, self.t0, self.t = key, name, t0, t0
        self.msgs = []
        self.summary = summary
        self.prev = "00000000-0000-4000-8000-000000000000"

    def _msg(self, sender, blocks, attachments=()):
        self.t += 11
        n = len(self.msgs)
        mid = uid(self.key, "msg", str(n))
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        for b in blocks:
            b.setdefault("start_timestamp", iso(self.t))
            b.setdefault("stop_timestamp", iso(self.t + 3))
            if b["type"] == "text":
                b.setdefault("citations", [])
        self.msgs.append({"uuid": mid, "text": text, "content": blocks, "sender": sender,
                          "index": n, "created_at": iso(self.t), "updated_at": iso(self.t + 4),
                          "truncated": False, "attachments": list(attachments), "files": [],
                          "files_v2": [], "sync_sources": [], "parent_message_uuid": self.prev})
        self.prev = mid

    def human(self, text, attachments=()):
        self._msg("human", [{"type": "text", "text": text}], attachments)

    def assistant(self, *blocks):
        self._msg("assistant", list(blocks))

    def export(self):
        return {"uuid": uid(self.key, "conv"), "name": self.name, "summary": self.summary,
                "created_at": iso(self.t0), "updated_at": iso(self.t),
                "account": {"uuid": uid("account")}, "chat_messages": self.msgs}


def T(text):
    return {"type": "text", "text": text}


def THINK(text):
    return {"type": "thinking", "thinking": text, "summaries": [{"summary": text.split(".")[0] + "."}],
            "cut_off": False}


def TOOL_USE(name, code, key):
    return {"type": "tool_use", "id": "toolu_" + uid(key, code)[:24].replace("-", ""), "name": name,
            "input": {"code": code}, "message": None, "integration_name": None}


def TOOL_RESULT(name, out):
    return {"type": "tool_result", "name": name, "content": [{"type": "text", "text": out, "uuid": uid(name, out)}],
            "is_error": False, "message": None, "display_content": None}


def write(rel, data, indent=None):
    p = ROOT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    s = json.dumps(data, ensure_ascii=False, indent=indent)
    p.write_text(s + ("\n" if indent else ""), encoding="utf-8")
    print("wrote", rel)


from export_texts import *  # noqa: E402,F401  (the long message texts)


# ================================================================ 1. hydrology ChatGPT export
def hydrology():
    other = gpt("hyd-other", "Sourdough hydration ratio", 1741800000.0)
    u = other.user("u1", other.system, HYD_OTHER_USER)
    a = other.assistant("a1", u, HYD_OTHER_ASSIST)
    other_d = other.export(current=a)

    c = gpt("hyd", "Hydrology HW4 – runoff & groundwater", 1741893000.0)
    u1 = c.user("u1", c.system, HYD_USER1)
    # first attempt (regenerated away; not graded)
    a_old = c.assistant("a1-old", u1, HYD_ASSIST1_OLD)
    # regenerated attempt: thoughts, python, answer
    th = c.thoughts("a1-thoughts", u1, HYD_THOUGHTS)
    cd = c.code("a1-code", th, HYD_CODE)
    tl = c.tool("a1-tool", cd, HYD_CODE_OUT)
    a1 = c.assistant("a1", tl, HYD_ASSIST1)
    u2 = c.user("u2", a1, HYD_USER2)
    a2 = c.assistant("a2", u2, HYD_ASSIST2)
    write("hydrology-runoff/transcripts/chatgpt-export.json", [c.export(current=a2), other_d])


# ================================================================ 2. surveying Claude export
def surveying_claude():
    other = ClaudeConv("sv-other", "Cover letter for GIS internship", 1739700000.0)
    other.human(SV_OTHER_USER)
    other.assistant(T(SV_OTHER_ASSIST))

    c = ClaudeConv("sv", "Plane surveying problem set 3", 1739890000.0,
                   summary="Student asked for solutions to a surveying problem set (levelling, coordinates, area, curves).")
    c.human(SV_C_USER1, attachments=[{"file_name": "ps3.pdf", "file_size": 48213, "file_type": "pdf",
                                      "extracted_content": SV_ATTACHMENT}])
    c.assistant(THINK(SV_C_THINK1), TOOL_USE("repl", SV_C_CODE, "sv"), TOOL_RESULT("repl", SV_C_CODE_OUT),
                T(SV_C_ASSIST1))
    c.human(SV_C_USER2)
    c.assistant(THINK(SV_C_THINK2), T(SV_C_ASSIST2))
    write("surveying-field/transcripts/claude-export.json", [other.export(), c.export()], indent=2)


# ================================================================ 3. surveying ChatGPT export without current_node
def surveying_gpt():
    c = gpt("sv-gpt", "Surveying PS3 help", 1739991000.0)
    u1 = c.user("u1", c.system, SV_G_USER1)
    a_first = c.assistant("a1-first", u1, SV_G_ASSIST1_FIRST)     # earlier branch, not graded
    u_first = c.user("u2-first", a_first, SV_G_USER2_FIRST)
    a_first2 = c.assistant("a2-first", u_first, SV_G_ASSIST2_FIRST)
    a_regen = c.assistant("a1-regen", u1, SV_G_ASSIST1_REGEN)     # regenerated: graded branch
    u2 = c.user("u2", a_regen, SV_G_USER2)
    a2 = c.assistant("a2", u2, SV_G_ASSIST2)
    write("surveying-field/transcripts/chatgpt-no-current.json", [c.export(drop_current=True)])


# ================================================================ 4. kinetics ChatGPT export
def kinetics_gpt():
    o1 = gpt("kin-o1", "Le Chatelier quick check", 1742200000.0)
    u = o1.user("u1", o1.system, KIN_O1_USER)
    a = o1.assistant("a1", u, KIN_O1_ASSIST)
    o1d = o1.export(current=a)

    early = gpt("kin-early", "N2O5 half life", 1742280000.0)
    u = early.user("u1", early.system, KIN_EARLY_USER)
    a = early.assistant("a1", u, KIN_EARLY_ASSIST)
    earlyd = early.export(current=a)

    c = gpt("kin", "Chapter 5 kinetics exercises", 1742301000.0)
    u1 = c.user("u1", c.system, KIN_USER1)
    th = c.thoughts("a1-thoughts", u1, KIN_THOUGHTS, model="o3")
    rc = c.recap("a1-recap", th, "Thought for 41 seconds")
    cd = c.code("a1-code", rc, KIN_CODE, model="o3")
    tl = c.tool("a1-tool", cd, KIN_CODE_OUT)
    a1 = c.assistant("a1", tl, KIN_ASSIST1, model="o3")
    u2 = c.user("u2", a1, KIN_USER2)
    rc2 = c.recap("a2-recap", u2, "Thought for 9 seconds")
    a2 = c.assistant("a2", rc2, KIN_ASSIST2, model="o3")
    write("kinetics-rates/transcripts/chatgpt-conversations.json", [o1d, c.export(current=a2), earlyd])


# ================================================================ 5. kinetics Claude export
def kinetics_claude():
    c = ClaudeConv("kin-cl", "Kinetics exercises 5.1–5.4", 1742390000.0)
    c.human(KIN_C_USER1, attachments=[{"file_name": "ch5_exercises.tex", "file_size": 2718, "file_type": "text/x-tex",
                                       "extracted_content": KIN_C_ATTACHMENT}])
    c.assistant(THINK(KIN_C_THINK1), T(KIN_C_ASSIST1))
    c.human(KIN_C_USER2)
    c.assistant(T(KIN_C_ASSIST2))
    other = ClaudeConv("kin-cl-other", "Lab report abstract wording", 1742470000.0)
    other.human(KIN_C_OTHER_USER)
    other.assistant(T(KIN_C_OTHER_ASSIST))
    write("kinetics-rates/transcripts/claude-export-2.json", [c.export(), other.export()], indent=2)


if __name__ == "__main__":
    hydrology()
    surveying_claude()
    surveying_gpt()
    kinetics_gpt()
    kinetics_claude()
