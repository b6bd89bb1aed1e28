#!/usr/bin/env python3
"""Write the Claude data-export transcript for vae-exercises.

  vae-exercises/transcripts/claude-export-vae.json
    a JSON list of 2 conversations (one unrelated); the graded one has an attached
    sheet (attachments[].extracted_content), thinking blocks, a tool_use / tool_result
    pair, and a follow-up question about a different setting.

Deterministic (uuid5 ids, fixed timestamps), so re-running gives byte-identical output.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("0c1a0de0-4e2b-4f7e-8a55-3c1a0de06060")


def uid(name):
    return str(uuid.uuid5(NS, name))


def ts(sec):
    # fixed ISO timestamps built from seconds after 2025-04-08T09:00:00Z
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "2025-04-08T%02d:%02d:%02d.%06dZ" % (9 + h, m, int(s), int(round((s - int(s)) * 1e6)))


def tblock(t, start, stop):
    return {"start_timestamp": ts(start), "stop_timestamp": ts(stop), "type": "text", "text": t, "citations": []}


def msg(conv, idx, sender, blocks, start, attachments=(), parent=None):
    texts = [b["text"] for b in blocks if b["type"] == "text"]
    return {
        "uuid": uid(conv + "/m%d" % idx),
        "text": "\n\n".join(texts),
        "content": blocks,
        "sender": sender,
        "index": idx,
        "created_at": ts(start),
        "updated_at": ts(start + 0.5),
        "truncated": False,
        "stop_reason": "stop_sequence" if sender == "assistant" else None,
        "attachments": list(attachments),
        "files": [],
        "files_v2": [],
        "sync_sources": [],
        "parent_message_uuid": parent if parent else "00000000-0000-4000-8000-000000000000",
    }


SHEET = open(os.path.join(ROOT, "vae-exercises", "problems.md"), encoding="utf-8").read()

Q1 = "Here's this week's sheet (attached). Can you go through all of 4.1–4.3 and give final numbers for each part? I want to check my own answers."

THINK1 = ("The user attached sheet 4 on VAEs. Parts: 4.1(a),(b); 4.2(a),(b),(c); 4.3(a)-(d).\n"
          "4.1(a): mu1=1, var1=1 vs N(0,1): ln1 + (1+1)/2 - 1/2 = 0.5.\n"
          "4.1(b): variance 4 so sigma1=2: ln(1/2) + 4/2 - 1/2 = 1.5 - 0.693.\n"
          "4.2: sigma = exp(logvar/2) = (1, 2). KL per dim 0.5(mu^2 + var - 1 - logvar).\n"
          "z2 = mu2 + sigma2*eps2. Derivative wrt logvar: z2 = mu2 + exp(logvar2/2) eps2.\n"
          "4.3: BCE with x=(1,0,1,1). Let me run the numbers in the analysis tool to avoid slips.")

TOOL_INPUT = {"code": (
    "const ln = Math.log;\n"
    "const kl = (m1, v1, m2, v2) => 0.5*ln(v2/v1) + (v1 + (m1-m2)**2)/(2*v2) - 0.5;\n"
    "console.log('4.1a', kl(1,1,0,1));\n"
    "console.log('4.1b', kl(0,4,0,1));\n"
    "const klq = kl(1,1,0,1) + kl(-1,4,0,1);\n"
    "console.log('4.2a', klq);\n"
    "const bce = -(ln(0.9) + ln(1-0.2) + ln(0.8) + ln(0.5));\n"
    "console.log('4.3a', bce, '4.3b', bce + klq);\n"
    "console.log('4.3c', 2*(400*20 + 20));")}
TOOL_OUT = ("4.1a 0.5\n4.1b 0.8068528194400546\n4.2a 1.8068528194400546\n"
            "4.3a 1.2447947988461912 4.3b 3.0516476182862458\n4.3c 16040")

A1_PRE = "I'll compute the numeric parts with a quick script first so the rounding is right."

A1 = r"""Here are my solutions. I used natural logs throughout, as the sheet asks.

## Exercise 4.1

**(a)** With $\mu_1 = 1,\ \sigma_1 = 1,\ \mu_2 = 0,\ \sigma_2 = 1$:
$$\mathrm{KL} = \ln 1 + \frac{1 + 1}{2} - \frac12 = 0.5$$

**(b)** Variance 4 means $\sigma_1 = 2$:
$$\mathrm{KL} = \ln\tfrac12 + \frac{4}{2} - \frac12 = 1.5 - \ln 2 \approx 0.807$$

## Exercise 4.2

First, $\sigma = \exp(\tfrac12\log\sigma^2) = (1,\ 2)$, so $\sigma^2 = (1, 4)$.

**(a)** Summing the per-dimension closed form $\tfrac12(\mu_j^2 + \sigma_j^2 - 1 - \log\sigma_j^2)$:
- dimension 1: $\tfrac12(1 + 1 - 1 - 0) = 0.5$
- dimension 2: $\tfrac12(1 + 4 - 1 - \ln 4) \approx 1.3069$

$$\mathrm{KL}(q\,\|\,p) \approx 1.807$$

**(b)**
$$z = \mu + \sigma\odot\varepsilon = (1 + 1\cdot 0.5,\ -1 + 2\cdot(-2)) = (1.5,\ -5)$$

**(c)** Since $z_2 = \mu_2 + \sigma_2\varepsilon_2$ and $\partial\sigma_2/\partial(\log\sigma_2^2) = \sigma_2$,
$$\frac{\partial z_2}{\partial(\log\sigma_2^2)} = \sigma_2\,\varepsilon_2 = 2\cdot(-2) = -4$$

## Exercise 4.3

**(a)** Only the terms matching each pixel survive:
$$-\big[\ln 0.9 + \ln 0.8 + \ln 0.8 + \ln 0.5\big] \approx 0.1054 + 0.2231 + 0.2231 + 0.6931 \approx 1.245$$

**(b)** Negative ELBO = reconstruction + KL $\approx 1.245 + 1.807 = $ **3.052**

**(c)** Each head is `nn.Linear(400, 20)` with a bias: $400\cdot20 + 20 = 8{,}020$ parameters. Two heads: **16,040**.

**(d)** **B** — the KL term is the only part of the ELBO that involves the prior $p(z)$, so it is what pulls $q(z\mid x)$ toward $\mathcal N(0, I)$.

Let me know which of these differ from what you got and I can walk through that part in more detail."""

Q2 = "matches mine except 4.2c, I'll look again. Also, what would 4.3(c) be if the heads had bias=False?"
THINK2 = "Without bias each head is 400*20 = 8000, two heads 16000."
A2 = r"""Without biases each head is just the $400\times20$ weight matrix, so the two heads have $2 \times 8{,}000 = 16{,}000$ parameters. (The sheet says PyTorch defaults, which include the bias, so the answer for the sheet itself stays 16,040.)"""


def vae_conversation():
    cid = "vae"
    m0 = msg(cid, 0, "human", [tblock(Q1, 0, 0)], 0.0,
             attachments=[{"file_name": "sheet4.md", "file_size": len(SHEET.encode("utf-8")),
                           "file_type": "text/markdown", "extracted_content": SHEET}])
    blocks = [
        {"start_timestamp": ts(3.0), "stop_timestamp": ts(11.0), "type": "thinking", "thinking": THINK1,
         "summaries": [{"summary": "Working through KL divergences and the reparameterisation."}],
         "cut_off": False},
        tblock(A1_PRE, 11.2, 12.0),
        {"start_timestamp": ts(12.1), "stop_timestamp": ts(13.0), "type": "tool_use", "name": "repl",
         "input": TOOL_INPUT, "message": "Computing the numeric answers", "integration_name": None,
         "context": None, "display_content": None},
        {"start_timestamp": ts(13.4), "stop_timestamp": ts(13.9), "type": "tool_result", "name": "repl",
         "content": [{"type": "text", "text": '{"status":"success","logs":' + json.dumps(TOOL_OUT.split("\n")) + "}", "uuid": uid("vae/toolres")}],
         "is_error": False, "message": None, "display_content": None},
        tblock(A1, 14.0, 41.0),
    ]
    m1 = msg(cid, 1, "assistant", blocks, 2.0, parent=m0["uuid"])
    m2 = msg(cid, 2, "human", [tblock(Q2, 600.0, 600.0)], 600.0, parent=m1["uuid"])
    m3 = msg(cid, 3, "assistant", [
        {"start_timestamp": ts(602.0), "stop_timestamp": ts(603.0), "type": "thinking", "thinking": THINK2,
         "summaries": [], "cut_off": False},
        tblock(A2, 603.1, 606.0)], 601.0, parent=m2["uuid"])
    return {
        "uuid": uid("conv/vae"),
        "name": "VAE exercise sheet 4",
        "summary": "",
        "created_at": ts(0.0),
        "updated_at": ts(606.0),
        "account": {"uuid": uid("account")},
        "chat_messages": [m0, m1, m2, m3],
    }


def letter_conversation():
    cid = "letter"
    q = "Can you make this opening line less stiff? 'I am writing to express my interest in the position of Research Intern.'"
    a = ("A few options:\n\n1. \"I'd love to join your team as a Research Intern this summer.\"\n"
         "2. \"Your Research Intern opening caught my eye because…\"\n3. \"I'm applying for the Research Intern role, and here's why I think I'd be a good fit.\"")
    m0 = msg(cid, 0, "human", [tblock(q, 0, 0)], 0.0)
    m1 = msg(cid, 1, "assistant", [tblock(a, 2, 10)], 2.0, parent=m0["uuid"])  # times rewritten by fix_neg
    return {
        "uuid": uid("conv/letter"),
        "name": "Cover letter opening line",
        "summary": "",
        "created_at": "2025-04-07T09:00:00.000000Z",
        "updated_at": "2025-04-07T09:00:10.000000Z",
        "account": {"uuid": uid("account")},
        "chat_messages": [m0, m1],
    }


def fix_neg(conv):
    # the unrelated conversation happened the day before; rewrite its message times explicitly
    for i, m in enumerate(conv["chat_messages"]):
        m["created_at"] = "2025-04-07T09:00:%02d.000000Z" % (i * 2)
        m["updated_at"] = "2025-04-07T09:00:%02d.500000Z" % (i * 2)
        for b in m["content"]:
            b["start_timestamp"] = m["created_at"]
            b["stop_timestamp"] = m["updated_at"]
    return conv


if __name__ == "__main__":
    data = [vae_conversation(), fix_neg(letter_conversation())]
    with open(os.path.join(ROOT, "vae-exercises", "transcripts", "claude-export-vae.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2))
        f.write("\n")
