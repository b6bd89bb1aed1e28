"""Helpers for writing ChatGPT / Claude data-export JSON deterministically.

Nothing here uses the clock or randomness: ids are uuid5 of fixed names and every
timestamp is given explicitly, so re-running make_exports.py gives byte-identical files.
"""
import json
import uuid

NS = uuid.UUID("3b8f6d2e-9a41-4c1e-8f0d-5e2a7c9b1d40")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT
class ChatGPTConversation:
    def __init__(self, key, title, create_time, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, create_time, model
        self.mapping = {}
        self.root = "client-created-root"
        self.mapping[self.root] = {"id": self.root, "message": None, "parent": None, "children": []}
        self.last_time = create_time

    def _add(self, name, parent, message):
        nid = uid(self.key, name)
        message["id"] = nid
        self.mapping[nid] = {"id": nid, "message": message, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        self.last_time = max(self.last_time, message.get("create_time") or 0)
        return nid

    @staticmethod
    def _msg(role, t, content, name=None, recipient="all", metadata=None, end_turn=None):
        return {
            "id": None,
            "author": {"role": role, "name": name, "metadata": {}},
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

    def system(self, name, parent, t=None):
        m = self._msg("system", t, {"content_type": "text", "parts": [""]},
                      metadata={"is_visually_hidden_from_conversation": True})
        m["weight"] = 0.0
        return self._add(name, parent, m)

    def user(self, name, parent, t, text, attachments=None):
        md = {"request_id": uid(self.key, name, "req"), "message_source": None}
        if attachments:
            md["attachments"] = attachments
        return self._add(name, parent, self._msg("user", t, {"content_type": "text", "parts": [text]}, metadata=md))

    def assistant(self, name, parent, t, text, end_turn=True, extra_md=None):
        md = {"model_slug": self.model, "default_model_slug": self.model,
              "parent_id": parent, "finish_details": {"type": "stop", "stop_tokens": [200002]},
              "is_complete": True}
        if extra_md:
            md.update(extra_md)
        return self._add(name, parent, self._msg("assistant", t, {"content_type": "text", "parts": [text]},
                                                 metadata=md, end_turn=end_turn))

    def thoughts(self, name, parent, t, items, recap_seconds):
        c = {"content_type": "thoughts",
             "thoughts": [{"summary": s, "content": body, "chunks": [], "finished": True} for s, body in items],
             "source_analysis_msg_id": uid(self.key, name, "analysis")}
        n1 = self._add(name, parent, self._msg("assistant", t, c, metadata={"model_slug": self.model}, end_turn=False))
        r = {"content_type": "reasoning_recap", "content": "Thought for %d seconds" % recap_seconds}
        return self._add(name + "-recap", n1, self._msg("assistant", t + recap_seconds, r,
                                                          metadata={"model_slug": self.model}, end_turn=False))

    def python(self, name, parent, t, code, output):
        c = {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code}
        n1 = self._add(name, parent, self._msg("assistant", t, c, recipient="python",
                                               metadata={"model_slug": self.model}, end_turn=False))
        o = {"content_type": "execution_output", "text": output}
        md = {"is_complete": True, "aggregate_result": {"status": "success", "run_id": uid(self.key, name, "run"),
                                                         "code": code, "final_expression_output": output,
                                                         "messages": [], "jupyter_messages": []}}
        return self._add(name + "-out", n1, self._msg("tool", t + 2, o, name="python", metadata=md))

    def to_json(self, current_node=None, include_current=True):
        conv = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": self.last_time,
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if include_current:
            conv["current_node"] = current_node
        conv.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conversation"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "gizmo_type": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conversation"),
        })
        return conv


# ---------------------------------------------------------------- Claude
def iso(s):
    return s  # timestamps are written literally, e.g. "2025-11-03T18:22:10.512345Z"


def claude_text(text, start, stop):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "text", "text": text, "citations": []}


def claude_thinking(thinking, start, stop, summary):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "thinking", "thinking": thinking,
            "summaries": [{"summary": summary}], "cut_off": False}


def claude_tool_use(name, inp, start, stop, key):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "tool_use", "id": "toolu_" + uid(key)[:24].replace("-", ""),
            "name": name, "input": inp, "message": None, "integration_name": None, "integration_icon_url": None,
            "context": None, "display_content": None}


def claude_tool_result(name, text, start, stop, is_error=False):
    return {"start_timestamp": start, "stop_timestamp": stop, "type": "tool_result", "name": name,
            "content": [{"type": "text", "text": text, "uuid": None}], "is_error": is_error,
            "message": None, "display_content": None}


def claude_message(key, sender, created, content, attachments=None):
    text = "\n\n".join(b["text"] for b in content if b["type"] == "text")
    return {"uuid": uid(key), "text": text, "content": content, "sender": sender,
            "created_at": created, "updated_at": created,
            "attachments": attachments or [], "files": []}


def claude_conversation(key, name, created, updated, messages, summary=""):
    return {"uuid": uid(key), "name": name, "summary": summary, "created_at": created, "updated_at": updated,
            "account": {"uuid": uid("account", "student")}, "chat_messages": messages}


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, indent=2, ensure_ascii=False))
        f.write("\n")
