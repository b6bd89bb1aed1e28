"""Tiny deterministic builders for ChatGPT and Claude data-export JSON."""
import json, uuid

NS = uuid.UUID("6f1c2a52-3d7e-4f5e-9a11-0c0ffee00007")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


class GPTConv:
    """A ChatGPT conversation: mapping of nodes with parent/children links."""

    def __init__(self, title, t0, key):
        self.title, self.t0, self.key = title, t0, key
        self.t = t0
        self.n = 0
        root = uid(key, "root")
        self.root = root
        self.mapping = {root: {"id": root, "message": None, "parent": None, "children": []}}
        sysid = self._node(root, "system", {"content_type": "text", "parts": [""]},
                           meta={"is_visually_hidden_from_conversation": True})
        self.last = sysid

    def _node(self, parent, role, content, name=None, recipient="all", meta=None, dt=7):
        self.n += 1
        self.t += dt
        nid = uid(self.key, self.n)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": round(self.t, 3) if role != "system" else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": True if role == "assistant" and recipient == "all" else None,
            "weight": 1.0,
            "metadata": meta or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, text, parent=None, dt=30):
        return self._node(parent or self.last, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def assistant(self, text, parent, dt=20, model="gpt-4o"):
        return self._node(parent, "assistant", {"content_type": "text", "parts": [text]},
                          meta={"model_slug": model, "finish_details": {"type": "stop"}}, dt=dt)

    def thoughts(self, parent, items, dt=5):
        return self._node(parent, "assistant", {"content_type": "thoughts", "thoughts": [
            {"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
            "source_analysis_msg_id": uid(self.key, "analysis", self.n)}, dt=dt)

    def recap(self, parent, text, dt=1):
        return self._node(parent, "assistant", {"content_type": "reasoning_recap", "content": text}, dt=dt)

    def code(self, parent, src, dt=4):
        return self._node(parent, "assistant", {"content_type": "code", "language": "unknown",
                                                "response_format_name": None, "text": src},
                          recipient="python", dt=dt)

    def output(self, parent, text, dt=2):
        return self._node(parent, "tool", {"content_type": "execution_output", "text": text},
                          name="python", meta={"aggregate_result": {"status": "success"}}, dt=dt)

    def to_json(self, current=None, drop_current=False):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t, 3),
            "mapping": self.mapping,
            "moderation_results": [],
            "current_node": current,
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "default_model_slug": "gpt-4o",
            "id": uid(self.key, "conv"),
        }
        if drop_current:
            del d["current_node"]
        return d


class ClaudeConv:
    def __init__(self, name, start, key):
        self.name, self.key = name, key
        self.start = start  # "2025-03-02T14:11:00"
        self.sec = 0
        self.msgs = []

    def _ts(self, dt):
        self.sec += dt
        h, m, s = self.sec // 3600, (self.sec // 60) % 60, self.sec % 60
        base_h, base_m = int(self.start[11:13]), int(self.start[14:16])
        tot = (base_h * 60 + base_m) * 60 + self.sec
        return "%sT%02d:%02d:%02d.%06dZ" % (self.start[:10], tot // 3600, (tot // 60) % 60, tot % 60, (self.sec * 7919) % 1000000)

    def human(self, text, attachments=(), dt=40):
        ts = self._ts(dt)
        self.msgs.append({
            "uuid": uid(self.key, "m", len(self.msgs)),
            "text": text,
            "content": [{"type": "text", "text": text, "start_timestamp": ts, "stop_timestamp": ts, "citations": []}],
            "sender": "human",
            "created_at": ts, "updated_at": ts,
            "attachments": [{"file_name": n, "file_size": len(c.encode()), "file_type": t, "extracted_content": c}
                            for n, t, c in attachments],
            "files": [],
        })

    def assistant(self, blocks, dt=25):
        """blocks: list of ("text", str) | ("thinking", str) | ("tool_use", name, input) | ("tool_result", name, str)"""
        ts = self._ts(dt)
        content = []
        for b in blocks:
            if b[0] == "text":
                content.append({"type": "text", "text": b[1], "start_timestamp": ts, "stop_timestamp": ts, "citations": []})
            elif b[0] == "thinking":
                content.append({"type": "thinking", "thinking": b[1], "summaries": [{"summary": "Thinking about the problem."}],
                                "cut_off": False, "start_timestamp": ts, "stop_timestamp": ts})
            elif b[0] == "tool_use":
                content.append({"type": "tool_use", "name": b[1], "input": b[2], "start_timestamp": ts, "stop_timestamp": ts})
            elif b[0] == "tool_result":
                content.append({"type": "tool_result", "name": b[1], "content": [{"type": "text", "text": b[2], "uuid": uid(self.key, "tr", len(content))}],
                                "is_error": False, "start_timestamp": ts, "stop_timestamp": ts})
        text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
        self.msgs.append({
            "uuid": uid(self.key, "m", len(self.msgs)),
            "text": text,
            "content": content,
            "sender": "assistant",
            "created_at": ts, "updated_at": ts,
            "attachments": [], "files": [],
        })

    def to_json(self):
        return {
            "uuid": uid(self.key, "conv"),
            "name": self.name,
            "created_at": self.msgs[0]["created_at"] if self.msgs else self.start + "Z",
            "updated_at": self.msgs[-1]["updated_at"] if self.msgs else self.start + "Z",
            "account": {"uuid": uid("account")},
            "chat_messages": self.msgs,
        }


def write(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
