"""Small helpers shared by the export generators. Deterministic: no clocks, no randomness."""
import json
import uuid

NS = uuid.UUID("6f1c2b1e-59a0-4c55-9d3e-2b7f0e5a9c11")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


class ChatGPTConversation:
    """Builds one conversation of a ChatGPT data export (conversations.json shape)."""

    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key = key
        self.title = title
        self.t0 = t0
        self.model = model
        self.nodes = {}      # id -> node
        self.order = []
        root = uid(key, "root")
        self.root = root
        self._add_node(root, None, None)

    def _add_node(self, nid, parent, message):
        self.nodes[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.order.append(nid)
        if parent is not None:
            self.nodes[parent]["children"].append(nid)
        return nid

    def add(self, name, parent, role, dt, content, author_name=None, recipient="all",
            metadata=None, end_turn=None, hidden=False):
        nid = uid(self.key, name)
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and content.get("content_type") == "text":
            md.setdefault("model_slug", self.model)
            md.setdefault("default_model_slug", self.model)
        msg = {
            "id": nid,
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": None if dt is None else round(self.t0 + dt, 3),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        p = self.root if parent is None else uid(self.key, parent)
        return self._add_node(nid, p, msg)

    def text(self, name, parent, role, dt, text, **kw):
        if role == "assistant":
            kw.setdefault("end_turn", True)
        return self.add(name, parent, role, dt, {"content_type": "text", "parts": [text]}, **kw)

    def to_json(self, current=None, with_current=True):
        times = [n["message"]["create_time"] for n in self.nodes.values()
                 if n["message"] and n["message"]["create_time"] is not None]
        d = {
            "title": self.title,
            "create_time": round(self.t0, 3),
            "update_time": round(max(times), 3),
            "mapping": {nid: self.nodes[nid] for nid in self.order},
            "moderation_results": [],
        }
        if with_current:
            d["current_node"] = uid(self.key, current)
        d.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
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
            "disabled_tool_ids": [],
            "id": uid(self.key, "conversation"),
        })
        return d


def claude_message(key, name, sender, ts, blocks, attachments=(), text=None):
    """One entry of a Claude export's chat_messages. blocks: list of content dicts."""
    if text is None:
        parts = []
        for b in blocks:
            if b["type"] == "text":
                parts.append(b["text"])
            elif b["type"] in ("tool_use", "tool_result"):
                parts.append("```\nThis block is not supported on your current device yet.\n```")
        text = "\n\n".join(parts)
    content = []
    for b in blocks:
        b = dict(b)
        b.setdefault("start_timestamp", ts)
        b.setdefault("stop_timestamp", ts)
        if b["type"] == "text":
            b.setdefault("citations", [])
        content.append(b)
    return {
        "uuid": uid(key, name),
        "text": text,
        "content": content,
        "sender": sender,
        "created_at": ts,
        "updated_at": ts,
        "attachments": list(attachments),
        "files": [],
    }


def write_json(path, obj, ensure_ascii):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(obj, ensure_ascii=ensure_ascii))
