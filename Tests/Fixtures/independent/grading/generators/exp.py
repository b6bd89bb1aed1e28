import json, uuid, hashlib, os

# The repository root: this file lives in Tests/Fixtures/independent/grading/generators.
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5))

def nid(seed):
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def chatgpt_conv(title, nodes, t0, current=None, children=True, with_current=True, conv_seed=None):
    """nodes: list of dicts with keys key, parent(key or None), role, and one of
    text / code / output / thoughts / recap. Optional dt (seconds after t0), recipient."""
    seed = conv_seed or title
    ids = {n["key"]: nid(seed + n["key"]) for n in nodes}
    mapping = {}
    for i, n in enumerate(nodes):
        msg = None
        if n["role"] != "root":
            if "text" in n:
                content = {"content_type": "text", "parts": [n["text"]]}
            elif "code" in n:
                content = {"content_type": "code", "language": "unknown", "response_format_name": None, "text": n["code"]}
            elif "output" in n:
                content = {"content_type": "execution_output", "text": n["output"]}
            elif "thoughts" in n:
                content = {"content_type": "thoughts", "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in n["thoughts"]], "source_analysis_msg_id": nid(seed + n["key"] + "a")}
            elif "recap" in n:
                content = {"content_type": "reasoning_recap", "content": n["recap"]}
            author = {"role": n["role"], "name": n.get("name"), "metadata": {}}
            msg = {
                "id": ids[n["key"]],
                "author": author,
                "create_time": (t0 + n.get("dt", i * 7)) if n.get("dt", 0) is not None else None,
                "update_time": None,
                "content": content,
                "status": "finished_successfully",
                "end_turn": n.get("end_turn"),
                "weight": 0.0 if n["role"] == "system" else 1.0,
                "metadata": n.get("metadata", {}),
                "recipient": n.get("recipient", "all"),
                "channel": None,
            }
        entry = {"id": ids[n["key"]], "message": msg, "parent": ids[n["parent"]] if n.get("parent") else None}
        if children:
            entry["children"] = [ids[m["key"]] for m in nodes if m.get("parent") == n["key"]]
        mapping[ids[n["key"]]] = entry
    conv = {
        "title": title,
        "create_time": t0,
        "update_time": t0 + 3600,
        "mapping": mapping,
        "moderation_results": [],
        "plugin_ids": None,
        "conversation_id": nid(seed + "conv"),
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
        "id": nid(seed + "conv"),
    }
    if with_current:
        conv["current_node"] = ids[current]
    return conv

def claude_conv(name, msgs, t0, seed=None):
    """msgs: list of dicts: sender, text, content(list of blocks), attachments"""
    import datetime
    seed = seed or name
    out = []
    for i, m in enumerate(msgs):
        ts = datetime.datetime.utcfromtimestamp(t0 + i * 40).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
        content = m.get("content")
        if content is None:
            content = [{"type": "text", "text": m["text"]}]
        blocks = []
        for b in content:
            b = dict(b)
            b.setdefault("start_timestamp", ts)
            b.setdefault("stop_timestamp", ts)
            if b["type"] == "text":
                b.setdefault("citations", [])
            blocks.append(b)
        text = m.get("text")
        if text is None:
            text = "\n\n".join(b["text"] for b in content if b["type"] == "text")
        out.append({
            "uuid": nid(seed + str(i)),
            "text": text,
            "content": blocks,
            "sender": m["sender"],
            "created_at": ts,
            "updated_at": ts,
            "attachments": m.get("attachments", []),
            "files": [],
        })
    ts0 = datetime.datetime.utcfromtimestamp(t0).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
    return {"uuid": nid(seed + "conv"), "name": name, "created_at": ts0, "updated_at": ts0,
            "account": {"uuid": nid("account")}, "chat_messages": out}

def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
