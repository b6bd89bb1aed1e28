#!/usr/bin/env python3
"""Writes the five JSON chat exports of this corpus.

Re-running gives byte-identical files: all ids and timestamps are fixed, dict order is fixed,
and json.dumps is called with fixed options.  Run:  python3 generators/make_exports.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(rel, obj, indent=None):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=indent))
        f.write("\n")


# ----------------------------------------------------------------------------------------
# ChatGPT export helpers
# ----------------------------------------------------------------------------------------
class GPTConv:
    def __init__(self, title, conv_id, t0):
        self.title = title
        self.conv_id = conv_id
        self.t0 = t0
        self.mapping = {}
        self.n = 0
        root = f"client-created-root-{conv_id[:8]}"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.last_time = t0

    def _add(self, parent, message):
        self.n += 1
        nid = f"{self.conv_id[:8]}-{self.n:04d}-{(self.n * 7919) % 10000:04d}-aaaa-{self.n:012d}"
        message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        if parent is not None:
            self.mapping[parent]["children"].append(nid)
        return nid

    def msg(self, parent, role, dt, content, recipient="all", name=None, end_turn=None, extra_meta=None):
        t = self.t0 + dt
        self.last_time = max(self.last_time, t)
        meta = {}
        if role == "assistant":
            meta["model_slug"] = "gpt-4o"
            meta["default_model_slug"] = "auto"
        if extra_meta:
            meta.update(extra_meta)
        m = {
            "id": None,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": t if role != "user" else None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        return self._add(parent, m)

    def system(self):
        c = {"content_type": "text", "parts": [""]}
        nid = self.msg(self.root, "system", 0.0, c, extra_meta={"is_visually_hidden_from_conversation": True})
        self.mapping[nid]["message"]["create_time"] = None
        self.mapping[nid]["message"]["update_time"] = None
        return nid

    def user(self, parent, dt, text):
        return self.msg(parent, "user", dt, {"content_type": "text", "parts": [text]})

    def assistant(self, parent, dt, text, end_turn=True):
        return self.msg(parent, "assistant", dt, {"content_type": "text", "parts": [text]}, end_turn=end_turn)

    def thoughts(self, parent, dt, items):
        c = {"content_type": "thoughts",
             "thoughts": [{"summary": s, "content": b, "chunks": [], "finished": True} for s, b in items],
             "source_analysis_msg_id": f"src-{self.conv_id[:8]}-{int(dt)}"}
        return self.msg(parent, "assistant", dt, c, end_turn=False)

    def recap(self, parent, dt, text):
        return self.msg(parent, "assistant", dt, {"content_type": "reasoning_recap", "content": text}, end_turn=False)

    def code(self, parent, dt, src):
        return self.msg(parent, "assistant", dt, {"content_type": "code", "language": "unknown", "response_format_name": None, "text": src},
                        recipient="python", end_turn=False)

    def tool_output(self, parent, dt, text):
        return self.msg(parent, "tool", dt, {"content_type": "execution_output", "text": text}, name="python",
                        extra_meta={"aggregate_result": {"status": "success", "run_id": f"run-{self.conv_id[:6]}-{int(dt)}"}})

    def export(self, current_node=None, with_current=True):
        out = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            out["current_node"] = current_node
        out.update({
            "plugin_ids": None,
            "conversation_id": self.conv_id,
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "auto",
            "id": self.conv_id,
        })
        return out


# ----------------------------------------------------------------------------------------
# Claude export helpers
# ----------------------------------------------------------------------------------------
def cts(day, sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{day}T{h:02d}:{m:02d}:{s:02d}.{(sec * 37) % 1000:03d}000Z"


def claude_msg(uid, sender, day, sec, blocks, attachments=None):
    text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
    content = []
    for i, b in enumerate(blocks):
        b = dict(b)
        b.setdefault("start_timestamp", cts(day, sec + i))
        b.setdefault("stop_timestamp", cts(day, sec + i + 1))
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
    return {
        "uuid": uid,
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": cts(day, sec),
        "updated_at": cts(day, sec),
        "attachments": attachments or [],
        "files": [],
    }


def T(text):
    return {"type": "text", "text": text}


def THINK(text):
    return {"type": "thinking", "thinking": text, "summaries": [{"summary": "Thinking about the problem."}], "cut_off": False}


def TOOL_USE(tid, name, inp):
    return {"type": "tool_use", "id": tid, "name": name, "input": inp}


def TOOL_RESULT(tid, name, text):
    return {"type": "tool_result", "tool_use_id": tid, "name": name, "content": [{"type": "text", "text": text}], "is_error": False}


def claude_conv(uid, name, day, msgs):
    return {
        "uuid": uid,
        "name": name,
        "summary": "",
        "created_at": msgs[0]["created_at"],
        "updated_at": msgs[-1]["updated_at"],
        "account": {"uuid": "0d6f1c2e-7a41-4b3a-9e0c-5b8e2f4a9c11"},
        "chat_messages": msgs,
    }


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


from exports_beam import beam_chatgpt            # noqa: E402
from exports_orbit import orbit_claude, orbit_chatgpt  # noqa: E402
from exports_lp import lp_chatgpt, lp_claude      # noqa: E402


def main():
    write("beam-statics/transcripts/chatgpt-export.json", beam_chatgpt(GPTConv))
    write("orbital-mechanics/transcripts/claude-export.json",
          orbit_claude(claude_msg, claude_conv, T, THINK, TOOL_USE, TOOL_RESULT, read), indent=2)
    write("orbital-mechanics/transcripts/chatgpt-export-nocurrent.json", orbit_chatgpt(GPTConv), indent=1)
    write("linear-programming/transcripts/conversations.json", lp_chatgpt(GPTConv))
    write("linear-programming/transcripts/claude-export.json",
          lp_claude(claude_msg, claude_conv, T, THINK, read), indent=2)


if __name__ == "__main__":
    main()
