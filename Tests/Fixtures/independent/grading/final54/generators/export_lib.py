"""Tiny helpers to build ChatGPT (conversations.json) and Claude data-export shaped JSON.

Deterministic: ids come from uuid5 of fixed names, times are fixed numbers, dicts are
written with sort_keys=False in insertion order and a fixed indent, so re-running gives
byte-identical files.
"""
import json
import uuid

NS = uuid.UUID("6f1c2f0e-54aa-4b8e-9a54-000000000054")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


class GptConv:
    def __init__(self, key, title, t0, with_current_node=True):
        self.key = key
        self.title = title
        self.t = t0
        self.t0 = t0
        self.with_current_node = with_current_node
        self.mapping = {}
        self.n = 0
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.current = None
        sys_id = self._add(root, "system", {"content_type": "text", "parts": [""]},
                           metadata={"is_visually_hidden_from_conversation": True}, time=None)
        self.top = sys_id

    def _add(self, parent, role, content, name=None, recipient="all", metadata=None,
             time="auto", end_turn=None, dt=7.0):
        self.n += 1
        mid = uid(self.key, "msg", str(self.n))
        if time == "auto":
            self.t += dt
            ct = round(self.t, 3)
        else:
            ct = time
        msg = {
            "id": mid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": ct,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0 if role != "system" else 0.0,
            "metadata": metadata or {},
            "recipient": recipient,
        }
        self.mapping[mid] = {"id": mid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(mid)
        self.current = mid
        return mid

    def user(self, parent, text, dt=40.0):
        return self._add(parent, "user", {"content_type": "text", "parts": [text]}, dt=dt)

    def assistant(self, parent, text, dt=25.0, model="gpt-4o"):
        return self._add(parent, "assistant", {"content_type": "text", "parts": [text]},
                         metadata={"model_slug": model}, end_turn=True, dt=dt)

    def thoughts(self, parent, items, dt=3.0):
        return self._add(parent, "assistant",
                         {"content_type": "thoughts",
                          "thoughts": [{"summary": s, "content": c, "finished": True} for s, c in items],
                          "source_analysis_msg_id": uid(self.key, "analysis", str(self.n))},
                         metadata={"model_slug": "o4-mini"}, dt=dt)

    def recap(self, parent, text, dt=1.0):
        return self._add(parent, "assistant", {"content_type": "reasoning_recap", "content": text},
                         metadata={"model_slug": "o4-mini"}, dt=dt)

    def code(self, parent, src, dt=4.0):
        return self._add(parent, "assistant",
                         {"content_type": "code", "language": "unknown", "response_format_name": None,
                          "text": src}, recipient="python", dt=dt)

    def tool_output(self, parent, text, dt=2.0):
        return self._add(parent, "tool", {"content_type": "execution_output", "text": text},
                         name="python", metadata={"aggregate_result": {"status": "success"}}, dt=dt)

    def to_json(self, current_node=None):
        d = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t + 5, 3),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if self.with_current_node:
            d["current_node"] = current_node or self.current
        d["plugin_ids"] = None
        d["conversation_id"] = uid(self.key, "conversation")
        d["conversation_template_id"] = None
        d["is_archived"] = False
        d["safe_urls"] = []
        d["default_model_slug"] = "gpt-4o"
        d["id"] = uid(self.key, "conversation")
        return d


class ClaudeConv:
    def __init__(self, key, name, t0):
        self.key = key
        self.name = name
        self.t0 = t0
        self.t = t0
        self.msgs = []

    def _ts(self, dt):
        self.t += dt
        s = int(self.t)
        # fixed calendar: t counts seconds since 2025-03-01T00:00:00Z
        day, rem = divmod(s, 86400)
        h, rem = divmod(rem, 3600)
        m, sec = divmod(rem, 60)
        return f"2025-03-{1 + day:02d}T{h:02d}:{m:02d}:{sec:02d}.{(s * 37) % 1000:03d}000Z"

    def human(self, text, attachments=(), dt=60):
        ts = self._ts(dt)
        n = len(self.msgs)
        self.msgs.append({
            "uuid": uid(self.key, "m", str(n)),
            "text": text,
            "content": [{"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": text,
                         "citations": []}],
            "sender": "human",
            "created_at": ts,
            "updated_at": ts,
            "attachments": [
                {"file_name": fn, "file_size": len(body.encode()), "file_type": ft, "extracted_content": body}
                for fn, ft, body in attachments
            ],
            "files": [],
        })

    def assistant(self, blocks, dt=30):
        """blocks: list of ("text", str) | ("thinking", str) | ("tool_use", name, dict) | ("tool_result", name, str)"""
        ts = self._ts(dt)
        content = []
        for b in blocks:
            if b[0] == "text":
                content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "text", "text": b[1],
                                "citations": []})
            elif b[0] == "thinking":
                content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "thinking",
                                "thinking": b[1], "summaries": [{"summary": "Thinking about the problem."}],
                                "cut_off": False})
            elif b[0] == "tool_use":
                content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_use",
                                "name": b[1], "input": b[2], "message": "Analyzing", "integration_name": None})
            elif b[0] == "tool_result":
                content.append({"start_timestamp": ts, "stop_timestamp": ts, "type": "tool_result",
                                "name": b[1], "content": [{"type": "text", "text": b[2], "uuid": uid(self.key, "tr", b[2][:20])}],
                                "is_error": False})
        n = len(self.msgs)
        text = "\n\n".join(b[1] for b in blocks if b[0] == "text")
        self.msgs.append({
            "uuid": uid(self.key, "m", str(n)),
            "text": text,
            "content": content,
            "sender": "assistant",
            "created_at": ts,
            "updated_at": ts,
            "attachments": [],
            "files": [],
        })

    def to_json(self):
        return {
            "uuid": uid(self.key, "conversation"),
            "name": self.name,
            "created_at": self.msgs[0]["created_at"],
            "updated_at": self.msgs[-1]["updated_at"],
            "account": {"uuid": uid("account")},
            "chat_messages": self.msgs,
        }


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
