"""Helpers for building ChatGPT / Claude data-export JSON deterministically."""
import json
import uuid

NS = uuid.UUID("6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f")


def uid(*parts):
    """Deterministic UUID from a name."""
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


class ChatGPTConversation:
    """Builds a `mapping` tree.  Nodes are added with an explicit parent."""

    def __init__(self, key, title, create_time):
        self.key = key
        self.title = title
        self.create_time = create_time
        self.mapping = {}
        self.order = []
        root = uid(key, "root")
        self.root = root
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.order.append(root)
        self.last_time = create_time

    def add(self, name, parent, role, content, t, *, recipient="all", author_name=None,
            metadata=None, end_turn=None):
        nid = uid(self.key, name)
        pid = self.root if parent is None else uid(self.key, parent)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": metadata or {},
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": pid, "children": []}
        self.mapping[pid]["children"].append(nid)
        self.order.append(nid)
        self.last_time = max(self.last_time, t)
        return name

    # convenience constructors -------------------------------------------------
    def system(self, name, t):
        return self.add(name, None, "system", {"content_type": "text", "parts": [""]}, t,
                        metadata={"is_visually_hidden_from_conversation": True})

    def user(self, name, parent, text, t):
        return self.add(name, parent, "user", {"content_type": "text", "parts": [text]}, t)

    def assistant(self, name, parent, text, t, model="gpt-4o"):
        return self.add(name, parent, "assistant", {"content_type": "text", "parts": [text]}, t,
                        metadata={"model_slug": model, "finish_details": {"type": "stop"}},
                        end_turn=True)

    def thoughts(self, name, parent, items, t, model="o3-mini"):
        return self.add(name, parent, "assistant",
                        {"content_type": "thoughts",
                         "thoughts": [{"summary": s, "content": c} for s, c in items],
                         "source_analysis_msg_id": uid(self.key, name, "src")},
                        t, metadata={"model_slug": model})

    def recap(self, name, parent, text, t, model="o3-mini"):
        return self.add(name, parent, "assistant",
                        {"content_type": "reasoning_recap", "content": text}, t,
                        metadata={"model_slug": model})

    def code(self, name, parent, code, t, model="gpt-4o"):
        return self.add(name, parent, "assistant",
                        {"content_type": "code", "language": "unknown", "text": code}, t,
                        recipient="python", metadata={"model_slug": model})

    def exec_output(self, name, parent, text, t):
        return self.add(name, parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        author_name="python",
                        metadata={"aggregate_result": {"status": "success", "code": "", "messages": []}})

    def to_json(self, current=None, drop_current=False):
        conv = {
            "title": self.title,
            "create_time": self.create_time,
            "update_time": self.last_time,
            "mapping": {k: self.mapping[k] for k in self.order},
            "moderation_results": [],
            "current_node": None if current is None else uid(self.key, current),
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": "auto",
            "id": uid(self.key, "conversation"),
        }
        if drop_current:
            del conv["current_node"]
        return conv


class ClaudeConversation:
    def __init__(self, key, name, created_at):
        self.key = key
        self.name = name
        self.created_at = created_at
        self.messages = []

    def _msg(self, sender, blocks, t, attachments=None):
        n = len(self.messages)
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        self.messages.append({
            "uuid": uid(self.key, "msg", n),
            "text": text,
            "content": blocks,
            "sender": sender,
            "created_at": t,
            "updated_at": t,
            "attachments": attachments or [],
            "files": [],
        })

    @staticmethod
    def _block(kind, t, **kw):
        b = {"start_timestamp": t, "stop_timestamp": t, "type": kind}
        b.update(kw)
        if kind == "text":
            b["citations"] = []
        return b

    def human(self, text, t, attachments=None):
        self._msg("human", [self._block("text", t, text=text)], t, attachments)

    def assistant(self, blocks, t):
        out = []
        for kind, payload in blocks:
            if kind == "text":
                out.append(self._block("text", t, text=payload))
            elif kind == "thinking":
                out.append(self._block("thinking", t, thinking=payload, summaries=[],
                                       cut_off=False))
            elif kind == "tool_use":
                name, inp = payload
                out.append(self._block("tool_use", t, name=name, input=inp,
                                       message="Analyzing", display_content=None))
            elif kind == "tool_result":
                name, text = payload
                out.append(self._block("tool_result", t, name=name,
                                       content=[{"type": "text", "text": text, "uuid": uid(self.key, t, name)}],
                                       is_error=False, message=None, display_content=None))
        self._msg("assistant", out, t)

    def to_json(self):
        return {
            "uuid": uid(self.key, "conversation"),
            "name": self.name,
            "created_at": self.created_at,
            "updated_at": self.messages[-1]["updated_at"] if self.messages else self.created_at,
            "account": {"uuid": uid("account")},
            "chat_messages": self.messages,
        }


def write_json(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
