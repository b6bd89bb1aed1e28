#!/usr/bin/env python3
"""Generate the four data-export transcripts of this corpus.

Writes (relative to the corpus root, the parent of this folder):
  rootfinding-exercises/transcripts/chatgpt-export-conversations.json   ChatGPT export, current_node set,
        regenerated branch, thoughts + reasoning_recap, python tool call, unrelated conversation
  hamming-codes-exam/transcripts/chatgpt-export-no-current-node.json    ChatGPT export without current_node
        (graded branch = leaf with latest create_time), citation markers U+E200-U+E2FF
  hamming-codes-exam/transcripts/chatgpt-export-two-branches.json       ChatGPT export, several conversations,
        current_node on the OLDER of two regenerated answers
  regression-course-page/transcripts/claude-export.json                 Claude export with attachment,
        thinking, tool_use/tool_result blocks and an unrelated conversation

Everything is fixed (ids from uuid5, constant timestamps), so re-running gives byte-identical files.
"""
import sys
sys.dont_write_bytecode = True
import json
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a9e-3b7d-4e55-9a0c-2d8e4f1b7c31")


def uid(*names):
    return str(uuid.uuid5(NS, "/".join(names)))


# ---------------------------------------------------------------- ChatGPT helpers
class Conv:
    """Build a ChatGPT `mapping` tree node by node."""

    def __init__(self, key, title, t0, model="gpt-4o"):
        self.key, self.title, self.t0, self.model = key, title, t0, model
        self.mapping = {}
        self.n = 0
        root = "client-created-root"
        self.mapping[root] = {"id": root, "message": None, "parent": None, "children": []}
        self.root = root
        self.sys = self.add(root, "system", "", t=None, hidden=True)

    def add(self, parent, role, text=None, t=0.0, ctype="text", hidden=False, extra=None,
            name=None, recipient="all", content=None, end_turn=None):
        self.n += 1
        nid = uid(self.key, str(self.n))
        if content is None:
            content = {"content_type": ctype, "parts": [text]}
        meta = {}
        if hidden:
            meta["is_visually_hidden_from_conversation"] = True
        if role == "assistant" and ctype == "text":
            meta.update({"model_slug": self.model, "default_model_slug": self.model,
                         "finish_details": {"type": "stop", "stop_tokens": [200002]}})
        if extra:
            meta.update(extra)
        msg = {
            "id": nid,
            "author": {"role": role, "name": name, "metadata": {}},
            "create_time": None if t is None else round(self.t0 + t, 6),
            "update_time": None,
            "content": content,
            "status": "finished_successfully",
            "end_turn": end_turn if end_turn is not None else (True if role == "assistant" and ctype == "text" else None),
            "weight": 1.0 if not hidden else 0.0,
            "metadata": meta,
            "recipient": recipient,
            "channel": None,
        }
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)
        return nid

    def user(self, parent, text, t):
        return self.add(parent, "user", text, t, extra={"request_id": uid(self.key, "req", str(t))})

    def assistant(self, parent, text, t):
        return self.add(parent, "assistant", text, t)

    def thoughts(self, parent, items, t):
        content = {"content_type": "thoughts",
                   "thoughts": [{"summary": s, "content": c, "chunks": [], "finished": True} for s, c in items],
                   "source_analysis_msg_id": uid(self.key, "analysis", str(t))}
        return self.add(parent, "assistant", t=t, content=content, end_turn=False)

    def recap(self, parent, text, t):
        content = {"content_type": "reasoning_recap", "content": text}
        return self.add(parent, "assistant", t=t, content=content, end_turn=False)

    def code(self, parent, code, t):
        content = {"content_type": "code", "language": "unknown", "response_format_name": None, "text": code}
        return self.add(parent, "assistant", t=t, content=content, recipient="python", end_turn=False)

    def output(self, parent, text, t):
        content = {"content_type": "execution_output", "text": text}
        return self.add(parent, "tool", t=t, content=content, name="python",
                        extra={"aggregate_result": {"status": "success", "code": "", "messages": [],
                                                    "final_expression_output": text}})

    def export(self, current_node=True, leaf=None, drop_children=False):
        times = [n["message"]["create_time"] for n in self.mapping.values()
                 if n["message"] and n["message"]["create_time"] is not None]
        mapping = self.mapping
        if drop_children:
            mapping = {k: {kk: vv for kk, vv in v.items() if kk != "children"} for k, v in mapping.items()}
        d = {
            "title": self.title,
            "create_time": round(self.t0, 6),
            "update_time": round(max(times), 6),
            "mapping": mapping,
            "moderation_results": [],
        }
        if current_node:
            d["current_node"] = leaf
        d.update({
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
            "is_do_not_remember": False,
            "memory_scope": "global_enabled",
            "id": uid(self.key, "conversation"),
        })
        return d


def write_json(rel, data, indent=None, ensure_ascii=False):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        if indent is None:
            json.dump(data, fh, ensure_ascii=ensure_ascii, separators=(",", ":"))
        else:
            json.dump(data, fh, ensure_ascii=ensure_ascii, indent=indent)
            fh.write("\n")
    print("wrote", rel)


def small_talk(key, title, t0, turns):
    c = Conv(key, title, t0)
    p = c.sys
    t = 0.0
    for u, a in turns:
        t += 30.0
        p = c.user(p, u, t)
        t += 12.5
        p = c.assistant(p, a, t)
    return c.export(leaf=p)


from texts_rootfinding import (A1_USER, A1_OLD, A1_THOUGHTS, A1_RECAP, A1_CODE, A1_OUT, A1_MAIN,
                               A1_USER2, A1_FOLLOW)
from texts_hamming import (C1_USER, C1_OLD, C1_NEW, C1_USER2, C1_ANS2,
                           C2_USER, C2_FIRST, C2_RECAP, C2_REGEN, C2_USER_REGEN, C2_REGEN_FOLLOW)
from texts_regression import (B1_ATTACH, B1_USER, B1_THINK, B1_CODE, B1_RESULT, B1_TEXT1, B1_TEXT2,
                              OTHER_CLAUDE)


def rootfinding_export():
    t0 = 1739306040.512331   # 2025-02-11
    c = Conv("rootfinding-A1", "Nonlinear equations sheet 3", t0, model="o4-mini")
    u1 = c.user(c.sys, A1_USER, 5.0)
    # first answer, later regenerated (not on the graded branch)
    c.assistant(u1, A1_OLD, 41.0)
    # regenerated answer: thoughts, recap, a python call, then the text
    th = c.thoughts(u1, A1_THOUGHTS, 130.0)
    rc = c.recap(th, A1_RECAP, 131.0)
    cd = c.code(rc, A1_CODE, 133.0)
    out = c.output(cd, A1_OUT, 134.0)
    main = c.assistant(out, A1_MAIN, 170.0)
    u2 = c.user(main, A1_USER2, 420.0)
    follow = c.assistant(u2, A1_FOLLOW, 445.0)
    other = small_talk("rootfinding-other", "Lentil dinner ideas", 1739219000.25, [
        ("what can i cook with red lentils, an onion and a can of tomatoes",
         "A quick red lentil dal works well: soften the onion, add 1 cup rinsed lentils, the tomatoes and "
         "3 cups of water, simmer 20 minutes, and season with cumin, turmeric and salt."),
    ])
    write_json("rootfinding-exercises/transcripts/chatgpt-export-conversations.json",
               [c.export(leaf=follow), other])


def hamming_no_current_node():
    t0 = 1760011200.0   # 2025-10-09
    c = Conv("hamming-C1", "Hamming code quiz prep", t0)
    u1 = c.user(c.sys, C1_USER, 3.0)
    c.assistant(u1, C1_OLD, 40.0)            # older answer
    a_new = c.assistant(u1, C1_NEW, 260.0)   # regenerated answer (later create_time)
    u2 = c.user(a_new, C1_USER2, 600.0)
    c.assistant(u2, C1_ANS2, 631.0)          # latest leaf: the graded branch
    write_json("hamming-codes-exam/transcripts/chatgpt-export-no-current-node.json",
               [c.export(current_node=False)], indent=2)


def hamming_two_branches():
    t0 = 1760623500.75   # 2025-10-16
    c = Conv("hamming-C2", "ECE 4450 quiz 2 practice", t0, model="gpt-4o")
    u1 = c.user(c.sys, C2_USER, 4.0)
    first = c.assistant(u1, C2_FIRST, 38.0)          # first answer -- current_node
    th = c.recap(u1, C2_RECAP, 300.0)                # regenerated with reasoning
    regen = c.assistant(th, C2_REGEN, 322.0)
    u2 = c.user(regen, C2_USER_REGEN, 700.0)
    c.assistant(u2, C2_REGEN_FOLLOW, 715.0)          # latest leaf, NOT current_node
    other1 = small_talk("hamming-other-1", "Résumé bullet points", 1760500000.5, [
        ("make this sound better: 'did the lab stuff for the signals course'",
         "\"Led weekly lab sessions for a 60-student signals and systems course, preparing MATLAB exercises "
         "and grading reports.\""),
    ])
    other2 = small_talk("hamming-other-2", "Parity bit question", 1760450000.0, [
        ("is a single parity bit able to correct errors?",
         "No. A single even-parity bit detects any odd number of bit errors but cannot locate the flipped "
         "bit, so it cannot correct anything."),
    ])
    write_json("hamming-codes-exam/transcripts/chatgpt-export-two-branches.json",
               [c.export(leaf=first), other1, other2])


# ---------------------------------------------------------------- Claude export
TOOL_PLACEHOLDER = "\n```\nThis block is not supported on your current device yet.\n```\n\n"


def cmsg(key, sender, t, blocks, attachments=()):
    content, texts = [], []
    for b in blocks:
        kind = b[0]
        stamp = {"start_timestamp": t, "stop_timestamp": t, "flags": None}
        if kind == "text":
            content.append(dict(type="text", text=b[1], citations=[], **stamp))
            texts.append(b[1])
        elif kind == "thinking":
            content.append(dict(type="thinking", thinking=b[1],
                                summaries=[{"summary": b[2]}], cut_off=False, **stamp))
        elif kind == "tool_use":
            content.append(dict(type="tool_use", id="toolu_" + uid(key, "tool").replace("-", "")[:24],
                                name="repl", input={"code": b[1]}, message="Analyzing the data",
                                integration_name=None, integration_icon_url=None, context=None,
                                display_content=None, approval_options=None, approval_key=None, **stamp))
            texts.append(TOOL_PLACEHOLDER)
        elif kind == "tool_result":
            content.append(dict(type="tool_result", tool_use_id="toolu_" + uid(key, "tool").replace("-", "")[:24],
                                name="repl", content=[{"type": "text", "text": b[1], "uuid": uid(key, "res")}],
                                is_error=False, message=None, integration_name=None,
                                integration_icon_url=None, display_content=None, **stamp))
    return {
        "uuid": uid(key),
        "text": "".join(texts) if sender == "assistant" else "\n\n".join(texts),
        "content": content,
        "sender": sender,
        "created_at": t,
        "updated_at": t,
        "attachments": [dict(file_name=n, file_size=len(x.encode()), file_type="pdf", extracted_content=x)
                        for n, x in attachments],
        "files": [{"file_name": n} for n, _ in attachments],
    }


def claude_export():
    account = {"uuid": uid("claude-account")}
    graded = {
        "uuid": uid("claude-B1"),
        "name": "STAT 310 HW5 regression help",
        "summary": "",
        "created_at": "2025-03-04T19:02:11.418223Z",
        "updated_at": "2025-03-04T19:09:47.092518Z",
        "account": account,
        "chat_messages": [
            cmsg("B1-1", "human", "2025-03-04T19:02:11.950147Z", [("text", B1_USER)],
                 attachments=[("STAT310_HW5_page1.pdf", B1_ATTACH)]),
            cmsg("B1-2", "assistant", "2025-03-04T19:02:40.311870Z",
                 [("thinking", B1_THINK, "Computing least-squares statistics for the elongation data"),
                  ("text", B1_TEXT1), ("tool_use", B1_CODE), ("tool_result", B1_RESULT),
                  ("text", B1_TEXT2)]),
        ],
    }
    other = {
        "uuid": uid("claude-other"),
        "name": "Cover letter tightening",
        "summary": "",
        "created_at": "2025-03-01T10:15:00.000000Z",
        "updated_at": "2025-03-01T10:17:30.000000Z",
        "account": account,
        "chat_messages": [cmsg(k, s, t, b) for k, s, t, b in OTHER_CLAUDE],
    }
    write_json("regression-course-page/transcripts/claude-export.json", [other, graded], indent=2,
               ensure_ascii=True)


if __name__ == "__main__":
    rootfinding_export()
    hamming_no_current_node()
    hamming_two_branches()
    claude_export()
