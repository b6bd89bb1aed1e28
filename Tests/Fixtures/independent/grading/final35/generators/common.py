"""Deterministic builders for ChatGPT and Claude data-export JSON."""
import json
import uuid

NS = uuid.UUID("6f1c2a7e-3b44-4d2e-9a55-0c1d2e3f4a5b")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


class ChatGPTConversation:
    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key = key
        self.title = title
        self.t = float(t0)
        self.t0 = float(t0)
        self.n = 0
        self.model = model
        self.mapping = {}
        root = uid(key, "root")
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        sys_id = self._node(root, "system", {"content_type": "text", "parts": [""]},
                            metadata={"is_visually_hidden_from_conversation": True}, time=None)
        self.top = sys_id

    def _node(self, parent, role, content, name=None, recipient="all", metadata=None,
              time="auto", end_turn=None, channel=None):
        self.n += 1
        nid = uid(self.key, self.n)
        if time == "auto":
            self.t += 7.0 + (self.n * 3.731) % 11
            ct = round(self.t, 3)
        else:
            ct = time
        md = {"model_slug": self.model} if role == "assistant" else {}
        if metadata:
            md.update(metadata)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": ct,
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn,
            "weight": 1.0,
            "metadata": md,
            "recipient": recipient,
            "channel": channel,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text):
        return self._node(parent, "user", {"content_type": "text", "parts": [text]})

    def assistant(self, parent, text, end_turn=True):
        return self._node(parent, "assistant", {"content_type": "text", "parts": [text]},
                          end_turn=end_turn)

    def thoughts(self, parent, summary, content):
        return self._node(parent, "assistant", {
            "content_type": "thoughts",
            "thoughts": [{"summary": summary, "content": content, "chunks": [], "finished": True}],
            "source_analysis_msg_id": uid(self.key, "analysis", self.n)}, end_turn=False)

    def recap(self, parent, seconds):
        return self._node(parent, "assistant", {"content_type": "reasoning_recap",
                                                "content": f"Thought for {seconds} seconds"},
                          end_turn=False)

    def code(self, parent, src):
        return self._node(parent, "assistant", {"content_type": "code", "language": "unknown",
                                                "response_format_name": None, "text": src},
                          recipient="python", end_turn=False)

    def output(self, parent, text):
        return self._node(parent, "tool", {"content_type": "execution_output", "text": text},
                          name="python", metadata={"aggregate_result": {"status": "success"}})

    def export(self, current_node=None, with_current=True):
        c = {
            "title": self.title,
            "create_time": self.t0,
            "update_time": round(self.t + 30.0, 3),
            "mapping": self.mapping,
            "moderation_results": [],
        }
        if with_current:
            c["current_node"] = current_node
        c.update({
            "plugin_ids": None,
            "conversation_id": uid(self.key, "conv"),
            "conversation_template_id": None,
            "gizmo_id": None,
            "is_archived": False,
            "safe_urls": [],
            "default_model_slug": self.model,
            "id": uid(self.key, "conv"),
        })
        return c


class ClaudeConversation:
    def __init__(self, key, name, start):
        """start: (year, month, day, hour, minute) in UTC."""
        self.key = key
        self.name = name
        self.start = start
        self.sec = 0
        self.n = 0
        self.messages = []

    def _ts(self, extra=0):
        y, mo, d, h, mi = self.start
        total = h * 3600 + mi * 60 + self.sec + extra
        hh, rem = divmod(total, 3600)
        mm, ss = divmod(rem, 60)
        return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{(self.n * 137) % 1000:03d}000Z"

    def add(self, sender, blocks, attachments=()):
        self.n += 1
        self.sec += 20 + (self.n * 17) % 40
        content = []
        for i, b in enumerate(blocks):
            b = dict(b)
            b.setdefault("start_timestamp", self._ts(i))
            b.setdefault("stop_timestamp", self._ts(i + 1))
            if b["type"] == "text":
                b.setdefault("citations", [])
            content.append(b)
        text = "\n\n".join(b["text"] for b in blocks if b["type"] == "text")
        self.messages.append({
            "uuid": uid(self.key, "msg", self.n),
            "text": text,
            "content": content,
            "sender": sender,
            "created_at": self._ts(),
            "updated_at": self._ts(len(blocks) + 1),
            "attachments": list(attachments),
            "files": [],
        })

    def human(self, text, attachments=()):
        self.add("human", [{"type": "text", "text": text}], attachments)

    def export(self):
        return {
            "uuid": uid(self.key, "conv"),
            "name": self.name,
            "created_at": self.messages[0]["created_at"],
            "updated_at": self.messages[-1]["updated_at"],
            "account": {"uuid": uid("account", "student")},
            "chat_messages": self.messages,
        }


def text(t):
    return {"type": "text", "text": t}


def thinking(t, summary):
    return {"type": "thinking", "thinking": t, "summaries": [{"summary": summary}],
            "cut_off": False}


def tool_use(code, name="repl"):
    return {"type": "tool_use", "name": name, "input": {"code": code}}


def tool_result(out, name="repl"):
    return {"type": "tool_result", "name": name,
            "content": [{"type": "text", "text": out, "uuid": uid("tr", out[:40])}],
            "is_error": False}


def write_json(path, obj, indent=None):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")
