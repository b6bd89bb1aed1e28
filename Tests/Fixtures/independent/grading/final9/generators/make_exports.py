#!/usr/bin/env python3
"""Write the six JSON data-export transcripts of this corpus.

Deterministic: fixed ids (derived from names with sha1) and fixed timestamps, so
re-running gives byte-identical files.  Run:  python3 generators/make_exports.py
"""
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITE = "\ue200cite\ue202turn0search{}\ue201"


def uid(*names):
    h = hashlib.sha1("/".join(names).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ---------------------------------------------------------------- ChatGPT ---
class GPTConv:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t, self.model = key, title, t0, model
        self.t0 = t0
        self.mapping = {}
        rid = "client-created-root"
        self.mapping[rid] = {"id": rid, "message": None, "parent": None, "children": []}
        self.last = rid
        self.n = 0
        self.last = self.add("system", "text", {"parts": [""]}, hidden=True)

    def add(self, role, ctype, content, parent=None, name=None, recipient="all", hidden=False, dt=7.0, meta=None):
        parent = self.last if parent is None else parent
        self.n += 1
        nid = uid(self.key, str(self.n))
        self.t += dt
        md = {"is_visually_hidden_from_conversation": True} if hidden else {}
        if role == "assistant" and not hidden:
            md.update({"model_slug": self.model, "default_model_slug": self.model, "parent_id": parent})
        if meta:
            md.update(meta)
        c = {"content_type": ctype}
        c.update(content)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": None if role == "system" else round(self.t, 3),
            "update_time": None,
            "content": c,
            "status": "finished_successfully",
            "end_turn": True if (role == "assistant" and ctype == "text") else None,
            "weight": 0.0 if role == "system" else 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.last = nid
        return nid

    def user(self, text, parent=None, dt=30.0):
        return self.add("user", "text", {"parts": [text]}, parent=parent, dt=dt)

    def say(self, text, parent=None, dt=12.0):
        return self.add("assistant", "text", {"parts": [text]}, parent=parent, dt=dt)

    def thoughts(self, items, parent=None, dt=3.0):
        return self.add("assistant", "thoughts", {"thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                                                   "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))}, parent=parent, dt=dt)

    def recap(self, text, parent=None, dt=1.0):
        return self.add("assistant", "reasoning_recap", {"content": text}, parent=parent, dt=dt)

    def code(self, src, parent=None, dt=4.0):
        return self.add("assistant", "code", {"language": "unknown", "response_format_name": None, "text": src},
                        parent=parent, recipient="python", dt=dt)

    def output(self, text, parent=None, dt=2.0):
        return self.add("tool", "execution_output", {"text": text}, parent=parent, name="python", dt=dt,
                        meta={"aggregate_result": {"status": "success", "run_id": uid(self.key, "run", str(self.n)),
                                                   "code": "", "messages": [], "jupyter_messages": []}})

    def export(self, current=True):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if current:
            d["current_node"] = self.last
        d.update({"plugin_ids": None, "conversation_id": uid(self.key, "conv"), "conversation_template_id": None,
                  "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": self.model,
                  "id": uid(self.key, "conv")})
        return d


# ----------------------------------------------------------------- Claude ---
class ClaudeConv:
    def __init__(self, key, name, t0):
        self.key, self.name, self.t = key, name, t0
        self.created = self.ts(t0)
        self.msgs = []

    @staticmethod
    def ts(sec):
        # seconds since 2025-01-01T00:00:00Z -> ISO string (no datetime dependence on tz)
        days, rem = divmod(int(sec), 86400)
        import datetime
        d = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=days, seconds=rem)
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(int(sec * 1000) % 1000):03d}" + "000Z"

    def msg(self, sender, blocks, attachments=(), dt=20.0):
        self.t += dt
        content = []
        for b in blocks:
            kind = b[0]
            stamp = {"start_timestamp": self.ts(self.t), "stop_timestamp": self.ts(self.t + 2)}
            if kind == "text":
                content.append(dict(stamp, type="text", text=b[1], citations=[]))
            elif kind == "thinking":
                content.append(dict(stamp, type="thinking", thinking=b[1], summaries=[{"summary": b[2]}], cut_off=False))
            elif kind == "tool_use":
                content.append(dict(stamp, type="tool_use", name="repl", input={"code": b[1]}, message="Analyzing", integration_name=None))
            elif kind == "tool_result":
                content.append(dict(stamp, type="tool_result", name="repl",
                                    content=[{"type": "text", "text": b[1], "uuid": uid(self.key, "tr", str(len(self.msgs)))}],
                                    is_error=False))
        text = "\n\n".join(b["text"] for b in content if b["type"] == "text")
        self.msgs.append({
            "uuid": uid(self.key, "m", str(len(self.msgs))),
            "text": text,
            "content": content,
            "sender": sender,
            "created_at": self.ts(self.t),
            "updated_at": self.ts(self.t),
            "attachments": [{"file_name": a[0], "file_size": len(a[1].encode()), "file_type": a[2], "extracted_content": a[1]} for a in attachments],
            "files": [],
        })

    def export(self):
        return {"uuid": uid(self.key, "conv"), "name": self.name, "created_at": self.created,
                "updated_at": self.ts(self.t), "account": {"uuid": uid("account", "student")},
                "chat_messages": self.msgs}


def write(path, obj, indent=None, ascii_=False):
    full = os.path.join(ROOT, path)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        if indent is None:
            f.write(json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":")))
        else:
            f.write(json.dumps(obj, ensure_ascii=ascii_, indent=indent))
        f.write("\n")
    print("wrote", path)


from export_texts import build_all  # noqa: E402  (texts live next to this file)

if __name__ == "__main__":
    for path, obj, indent, ascii_ in build_all(GPTConv, ClaudeConv, uid, CITE):
        write(path, obj, indent, ascii_)
