"""Small deterministic builders for ChatGPT and Claude data-export JSON.

Everything here is derived from fixed seeds (uuid5 over fixed names, fixed epoch times), so
re-running the generators yields byte-identical files.
"""
import json
import uuid
from datetime import datetime, timezone

NS = uuid.UUID("6f1c2d3e-4b5a-4978-8a9b-0c1d2e3f4a5b")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(str(n) for n in names)))


def iso(ts):
    """Epoch seconds -> ISO string as in Claude exports."""
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(round((ts % 1) * 1e6)):06d}Z"


# --------------------------------------------------------------------------- ChatGPT
class GPTConversation:
    """A ChatGPT `conversations.json` entry built node by node."""

    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key = key
        self.title = title
        self.t0 = t0
        self.model = model
        self.n = 0
        self.mapping = {}
        self.root = "client-created-root"
        self.mapping[self.root] = {
            "id": self.root, "message": None, "parent": None, "children": []}
        self.last = self.root

    def _new_id(self):
        self.n += 1
        return uid(self.key, self.n)

    def add(self, parent, role, content, t, *, name=None, recipient="all",
            metadata=None, end_turn=None, hidden=False, status="finished_successfully"):
        parent = self.last if parent is None else parent
        nid = self._new_id()
        md = dict(metadata or {})
        if hidden:
            md["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and "model_slug" not in md:
            md["model_slug"] = self.model
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": t,
            "update_time": None,
            "content": content,
            "status": status,
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.last = nid
        return nid

    # convenience wrappers ---------------------------------------------------
    def system(self, t):
        return self.add(self.root, "system", {"content_type": "text", "parts": [""]}, t,
                        hidden=True)

    def user(self, text, t, parent=None):
        return self.add(parent, "user", {"content_type": "text", "parts": [text]}, t,
                        metadata={"request_id": uid(self.key, "req", t)})

    def assistant(self, text, t, parent=None, end_turn=True, metadata=None):
        return self.add(parent, "assistant", {"content_type": "text", "parts": [text]}, t,
                        end_turn=end_turn, metadata=metadata)

    def thoughts(self, items, t, parent=None):
        content = {"content_type": "thoughts",
                   "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                                for s, c in items],
                   "source_analysis_msg_id": uid(self.key, "analysis", t)}
        return self.add(parent, "assistant", content, t, recipient="all",
                        metadata={"reasoning_status": "is_reasoning"})

    def recap(self, text, t, parent=None):
        return self.add(parent, "assistant",
                        {"content_type": "reasoning_recap", "content": text}, t,
                        metadata={"reasoning_status": "reasoning_ended"})

    def code(self, src, t, parent=None):
        return self.add(parent, "assistant",
                        {"content_type": "code", "language": "unknown",
                         "response_format_name": None, "text": src}, t,
                        recipient="python", end_turn=False)

    def output(self, text, t, parent=None):
        return self.add(parent, "tool", {"content_type": "execution_output", "text": text}, t,
                        name="python",
                        metadata={"aggregate_result": {"status": "success",
                                                       "run_id": uid(self.key, "run", t),
                                                       "final_expression_output": text}})

    def to_json(self, current_node="last", drop_children=False):
        mapping = self.mapping
        if drop_children:
            mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"}
                       for k, v in mapping.items()}
        times = [v["message"]["create_time"] for v in self.mapping.values() if v["message"]]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times) if times else self.t0,
            "mapping": mapping,
            "moderation_results": [],
        }
        if current_node is not None:
            conv["current_node"] = self.last if current_node == "last" else current_node
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conv"),
        })
        return conv


def simple_gpt(key, title, t0, turns, model="gpt-4o"):
    """Unrelated small conversation: turns = [(role, text), ...]."""
    c = GPTConversation(key, title, t0, model)
    c.system(t0)
    t = t0
    for role, text in turns:
        t += 37.25
        if role == "user":
            c.user(text, t)
        else:
            c.assistant(text, t)
    return c.to_json()


# --------------------------------------------------------------------------- Claude
ACCOUNT = {"uuid": uid("claude-account")}


def claude_text(text, t):
    return {"start_timestamp": iso(t), "stop_timestamp": iso(t + 3.5), "type": "text",
            "text": text, "citations": []}


def claude_thinking(text, t, summary):
    return {"start_timestamp": iso(t), "stop_timestamp": iso(t + 9.0), "type": "thinking",
            "thinking": text, "summaries": [{"summary": summary}], "cut_off": False}


def claude_tool_use(name, code, t, key):
    return {"start_timestamp": iso(t), "stop_timestamp": iso(t + 1.0), "type": "tool_use",
            "name": name, "input": {"code": code}, "message": "Running analysis",
            "integration_name": None, "integration_icon_url": None, "context": None,
            "display_content": None, "approval_options": None, "approval_key": None,
            "id": "toolu_" + uid(key, "tool", t).replace("-", "")[:24]}


def claude_tool_result(name, text, t, key):
    return {"start_timestamp": iso(t), "stop_timestamp": iso(t + 0.5), "type": "tool_result",
            "name": name, "content": [{"type": "text", "text": text, "uuid": uid(key, "tr", t)}],
            "is_error": False, "message": None, "display_content": None,
            "tool_use_id": "toolu_" + uid(key, "tool", t - 1.5).replace("-", "")[:24]}


class ClaudeConversation:
    def __init__(self, key, name, t0, summary=""):
        self.key = key
        self.name = name
        self.t0 = t0
        self.summary = summary
        self.messages = []

    def human(self, text, t, attachments=()):
        self.messages.append({
            "uuid": uid(self.key, "msg", len(self.messages)),
            "text": text,
            "content": [claude_text(text, t)],
            "sender": "human",
            "created_at": iso(t),
            "updated_at": iso(t),
            "attachments": [dict(a) for a in attachments],
            "files": [],
        })

    def assistant(self, blocks, t):
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        self.messages.append({
            "uuid": uid(self.key, "msg", len(self.messages)),
            "text": text,
            "content": blocks,
            "sender": "assistant",
            "created_at": iso(t),
            "updated_at": iso(t + 20),
            "attachments": [],
            "files": [],
        })

    def to_json(self):
        last = self.messages[-1]["updated_at"] if self.messages else iso(self.t0)
        return {
            "uuid": uid(self.key, "conv"),
            "name": self.name,
            "summary": self.summary,
            "created_at": iso(self.t0),
            "updated_at": last,
            "account": ACCOUNT,
            "chat_messages": self.messages,
        }


def attachment(file_name, file_type, content):
    return {"file_name": file_name, "file_size": len(content.encode("utf-8")),
            "file_type": file_type, "extracted_content": content}


def write_json(path, data, *, indent=None, ascii_only=False):
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only,
                      separators=(",", ": ") if indent else (",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")
