#!/usr/bin/env python3
"""Helpers shared by the export builders (ChatGPT mapping trees, Claude chat_messages)."""
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a3e-9b1d-4c55-8e0a-34a1f0c0d934")
CITE = lambda ref: "\ue200cite\ue202" + ref + "\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# --------------------------------------------------------------------------- ChatGPT
class GPTConv:
    """Builds a ChatGPT `conversations.json` conversation (mapping tree)."""

    def __init__(self, key, title, t0):
        self.key, self.title, self.t0 = key, title, t0
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sysid = self._add(root, {"role": "system", "name": None, "metadata": {}},
                          {"content_type": "text", "parts": [""]}, None,
                          extra_meta={"is_visually_hidden_from_conversation": True})
        self.top = sysid

    def _add(self, parent, author, content, t, recipient="all", extra_meta=None, end_turn=None):
        self.n += 1
        mid = uid(self.key, "msg", str(self.n))
        meta = {}
        if extra_meta:
            meta.update(extra_meta)
        msg = {
            "id": mid,
            "author": author,
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[mid] = {"id": mid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(mid)
        return mid

    def user(self, parent, text, dt):
        return self._add(parent, {"role": "user", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]}, self.t0 + dt)

    def assistant(self, parent, text, dt, model="gpt-4o"):
        return self._add(parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "text", "parts": [text]}, self.t0 + dt,
                         extra_meta={"model_slug": model, "finish_details": {"type": "stop"}},
                         end_turn=True)

    def thoughts(self, parent, items, dt, model="o3"):
        return self._add(parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "thoughts",
                          "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                       for s, c in items],
                          "source_analysis_msg_id": uid(self.key, "analysis", str(dt))},
                         self.t0 + dt, extra_meta={"model_slug": model}, end_turn=False)

    def recap(self, parent, text, dt, model="o3"):
        return self._add(parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "reasoning_recap", "content": text}, self.t0 + dt,
                         extra_meta={"model_slug": model}, end_turn=False)

    def code(self, parent, src, dt, model="gpt-4o"):
        return self._add(parent, {"role": "assistant", "name": None, "metadata": {}},
                         {"content_type": "code", "language": "unknown",
                          "response_format_name": None, "text": src},
                         self.t0 + dt, recipient="python",
                         extra_meta={"model_slug": model}, end_turn=False)

    def output(self, parent, text, dt):
        return self._add(parent, {"role": "tool", "name": "python", "metadata": {}},
                         {"content_type": "execution_output", "text": text}, self.t0 + dt,
                         extra_meta={"aggregate_result": {"status": "success", "code": "",
                                                          "final_expression_output": text}})

    def dump(self, current_node=None, with_current=True):
        times = [m["message"]["create_time"] for m in self.mapping.values()
                 if m["message"] and m["message"]["create_time"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times),
            "mapping": self.mapping,
        }
        if with_current:
            conv["current_node"] = current_node
        conv.update({
            "conversation_id": uid(self.key, "conv"),
            "id": uid(self.key, "conv"),
            "is_archived": False,
            "default_model_slug": "gpt-4o",
        })
        return conv


def write(path, obj):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", path)


# --------------------------------------------------------------------------- Claude
def claude_msg(key, n, sender, t, blocks, attachments=()):
    content = []
    for b in blocks:
        kind = b[0]
        if kind == "text":
            content.append({"start_timestamp": t, "stop_timestamp": t, "type": "text",
                            "text": b[1], "citations": []})
        elif kind == "thinking":
            content.append({"start_timestamp": t, "stop_timestamp": t, "type": "thinking",
                            "thinking": b[1], "summaries": [{"summary": b[2]}],
                            "cut_off": False})
        elif kind == "tool_use":
            content.append({"start_timestamp": t, "stop_timestamp": t, "type": "tool_use",
                            "name": b[1], "input": b[2], "message": "Analyzing"})
        elif kind == "tool_result":
            content.append({"start_timestamp": t, "stop_timestamp": t, "type": "tool_result",
                            "name": b[1], "content": [{"type": "text", "text": b[2]}],
                            "is_error": False})
    text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
    return {
        "uuid": uid(key, "cmsg", str(n)),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": [{"file_name": a[0], "file_size": len(a[1].encode("utf-8")),
                         "file_type": a[2], "extracted_content": a[1]} for a in attachments],
        "files": [],
    }


def claude_conv(key, name, t0, t1, msgs):
    return {"uuid": uid(key, "cconv"), "name": name, "created_at": t0, "updated_at": t1,
            "account": {"uuid": uid("account")}, "chat_messages": msgs}


