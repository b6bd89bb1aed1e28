"""Builders for ChatGPT and Claude data-export JSON (deterministic).

Used by make_exports.py. Everything is derived from fixed strings and fixed
timestamps, so re-running the generator gives byte-identical files.
"""
import json
import uuid
from datetime import datetime, timedelta, timezone

NS = uuid.UUID("6f1c1d2e-8a43-4f0e-9d5b-3c2a7e9b1f00")

# private-use citation markers as they appear in ChatGPT exports
CITE_START, CITE_SEP, CITE_END = "\ue200", "\ue202", "\ue201"


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


def cite(*refs):
    """A ChatGPT citation marker such as <E200>cite<E202>turn0search1<E201>."""
    return CITE_START + "cite" + CITE_SEP + CITE_SEP.join(refs) + CITE_END


def cites(text):
    """Replace [[cite:turn0search1,turn0search2]] placeholders with real markers."""
    out = []
    i = 0
    while True:
        j = text.find("[[cite:", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.index("]]", j)
        out.append(text[i:j])
        out.append(cite(*text[j + 7:k].split(",")))
        i = k + 2
    return "".join(out)


class ChatGPTConversation:
    """A conversation in the `conversations.json` shape of the ChatGPT data export."""

    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key = key
        self.title = title
        self.t0 = float(t0)
        self.model = model
        self.nodes = {}      # name -> node dict
        self.order = []      # insertion order of names
        self.root = self._add_raw("root", None, None)

    def _id(self, name):
        return uid(self.key, name)

    def _add_raw(self, name, parent, message):
        node = {
            "id": self._id(name),
            "message": message,
            "parent": self._id(parent) if parent else None,
            "children": [],
        }
        self.nodes[name] = node
        self.order.append(name)
        if parent:
            self.nodes[parent]["children"].append(node["id"])
        return name

    def msg(self, name, parent, role, dt, content, recipient="all", author_name=None,
            metadata=None, end_turn=None, hidden=False):
        meta = dict(metadata or {})
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and "model_slug" not in meta:
            meta["model_slug"] = self.model
        message = {
            "id": self._id(name),
            "author": {"role": role, "name": author_name, "metadata": {}},
            "create_time": round(self.t0 + dt, 6) if dt is not None else None,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        return self._add_raw(name, parent, message)

    # convenience wrappers -------------------------------------------------
    def system(self, name, parent):
        return self.msg(name, parent, "system", None,
                        {"content_type": "text", "parts": [""]}, hidden=True)

    def user(self, name, parent, dt, text, **kw):
        return self.msg(name, parent, "user", dt,
                        {"content_type": "text", "parts": [text]}, **kw)

    def assistant(self, name, parent, dt, text, end_turn=True, **kw):
        return self.msg(name, parent, "assistant", dt,
                        {"content_type": "text", "parts": [text]}, end_turn=end_turn, **kw)

    def thoughts(self, name, parent, dt, items):
        content = {
            "content_type": "thoughts",
            "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True}
                         for s, c in items],
            "source_analysis_msg_id": self._id(name + "-src"),
        }
        return self.msg(name, parent, "assistant", dt, content, end_turn=False)

    def recap(self, name, parent, dt, text):
        return self.msg(name, parent, "assistant", dt,
                        {"content_type": "reasoning_recap", "content": text}, end_turn=False)

    def code(self, name, parent, dt, text, recipient="python", language="unknown"):
        return self.msg(name, parent, "assistant", dt,
                        {"content_type": "code", "language": language,
                         "response_format_name": None, "text": text},
                        recipient=recipient, end_turn=False)

    def execution_output(self, name, parent, dt, text):
        return self.msg(name, parent, "tool", dt,
                        {"content_type": "execution_output", "text": text},
                        author_name="python",
                        metadata={"aggregate_result": {"status": "success", "code": "",
                                                       "end_time": round(self.t0 + dt, 6)}})

    def tool_text(self, name, parent, dt, tool_name, text, content_type="text"):
        if content_type == "text":
            content = {"content_type": "text", "parts": [text]}
        else:
            content = {"content_type": content_type, "result": text,
                       "summary": None, "assets": None, "tether_id": None}
        return self.msg(name, parent, "tool", dt, content, author_name=tool_name)

    def to_json(self, current_node=None, with_current_node=True):
        times = [n["message"]["create_time"] for n in self.nodes.values()
                 if n["message"] and n["message"]["create_time"] is not None]
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": max(times) if times else self.t0,
            "mapping": {self.nodes[name]["id"]: self.nodes[name] for name in self.order},
            "moderation_results": [],
        }
        if with_current_node:
            conv["current_node"] = self._id(current_node)
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "is_starred": None,
            "safe_urls": [],
            "blocked_urls": [],
            "default_model_slug": self.model,
            "conversation_origin": None,
            "voice": None,
            "async_status": None,
            "disabled_tool_ids": [],
            "id": uid(self.key, "conversation"),
        })
        return conv


def iso(base, seconds):
    t = base + timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z"


class ClaudeConversation:
    """A conversation in the shape of the Claude data export (conversations.json)."""

    def __init__(self, key, name, start, account="acct"):
        self.key = key
        self.name = name
        self.base = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.account = account
        self.messages = []
        self.last = 0.0

    def _block_times(self, dt):
        return iso(self.base, dt), iso(self.base, dt + 1.5)

    def human(self, dt, text, attachments=()):
        n = len(self.messages)
        start, stop = self._block_times(dt)
        self.messages.append({
            "uuid": uid(self.key, "msg", str(n)),
            "text": text,
            "content": [{"start_timestamp": start, "stop_timestamp": stop,
                         "type": "text", "text": text, "citations": []}],
            "sender": "human",
            "created_at": iso(self.base, dt),
            "updated_at": iso(self.base, dt),
            "attachments": [
                {"file_name": fn, "file_size": len(body.encode("utf-8")),
                 "file_type": ft, "extracted_content": body}
                for fn, ft, body in attachments
            ],
            "files": [{"file_name": fn} for fn, _, _ in attachments],
        })
        self.last = max(self.last, dt)

    def assistant(self, dt, blocks):
        """blocks: list of ("text", str) | ("thinking", str) |
        ("tool_use", name, input_dict) | ("tool_result", name, text)."""
        n = len(self.messages)
        content = []
        text_parts = []
        t = dt
        for b in blocks:
            start, stop = self._block_times(t)
            t += 2.0
            kind = b[0]
            if kind == "text":
                content.append({"start_timestamp": start, "stop_timestamp": stop,
                                "type": "text", "text": b[1], "citations": []})
                text_parts.append(b[1])
            elif kind == "thinking":
                content.append({"start_timestamp": start, "stop_timestamp": stop,
                                "type": "thinking", "thinking": b[1],
                                "summaries": [{"summary": "Thought process"}],
                                "cut_off": False})
            elif kind == "tool_use":
                content.append({"start_timestamp": start, "stop_timestamp": stop,
                                "type": "tool_use", "name": b[1], "input": b[2],
                                "message": "Analyzing", "integration_name": None,
                                "integration_icon_url": None, "context": None,
                                "display_content": None})
                text_parts.append("```\nThis block is not supported on your current device yet.\n```")
            elif kind == "tool_result":
                content.append({"start_timestamp": start, "stop_timestamp": stop,
                                "type": "tool_result", "name": b[1],
                                "content": [{"type": "text", "text": b[2], "uuid": uid(self.key, "tr", str(n), str(t))}],
                                "is_error": False, "message": None,
                                "display_content": None})
            else:
                raise ValueError(kind)
        self.messages.append({
            "uuid": uid(self.key, "msg", str(n)),
            "text": "\n\n".join(text_parts),
            "content": content,
            "sender": "assistant",
            "created_at": iso(self.base, dt),
            "updated_at": iso(self.base, t),
            "attachments": [],
            "files": [],
        })
        self.last = max(self.last, t)

    def to_json(self):
        return {
            "uuid": uid(self.key, "conversation"),
            "name": self.name,
            "summary": "",
            "created_at": iso(self.base, 0),
            "updated_at": iso(self.base, self.last),
            "account": {"uuid": uid(self.account, "account")},
            "chat_messages": self.messages,
        }


def write_json(path, obj, indent=None):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        if indent is None:
            json.dump(obj, fh, ensure_ascii=True, separators=(",", ":"))
        else:
            json.dump(obj, fh, ensure_ascii=False, indent=indent)
        fh.write("\n")
