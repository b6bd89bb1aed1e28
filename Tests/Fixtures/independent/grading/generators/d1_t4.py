import sys; sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from exp import *
B = REPO + '/Tests/Fixtures/independent/grading/dev/conv-shapes-exam/'
tex = open(B + 'problems.tex').read()

other = claude_conv("Cover letter tone", [
    {"sender": "human", "text": "Can you make this sound less stiff? 'I am writing to express my interest in the position of data analyst.'"},
    {"sender": "assistant", "text": "Sure: \"I'd love to bring my background in SQL and dashboards to your data analyst role.\" Want a couple more variants?"},
], 1740500000)

answer = r"""I'll go question by question.

**Question 1**

(a) Padding 2 exactly compensates for the 5×5 kernel, so the spatial size stays 64. Output per example: `[16, 64, 64]`.

(b) Weights: 16 × 3 × 5 × 5 = 1,200. Biases: 16. Total = **1,216** learnable parameters.

(c) MaxPool2d(2, 2) → 16 × 32 × 32. Then (32 − 3)/2 + 1 = 15.5, which rounds up to 16, so the final shape is **32 × 16 × 16**.

**Question 2**

Output = 9 − 3 + 1 = 7.

Wait, let me recompute — I ignored the dilation. A 3×3 kernel with dilation 2 has an effective size of 2·(3 − 1) + 1 = 5, so the output side length is 9 − 5 + 1 = **5**.

**Question 3**

(a) An LSTM has four gates, each with input and recurrent weight matrices, which usually makes it the heaviest layer in a list like this. **Answer: (D)**

(b) **False.** The 1×1 convolution shares its weights across all spatial positions, so it is not the same as a fully connected layer.

(c) Depthwise: 64 × 3 × 3 = 576. Pointwise: 64 × 128 = 8,192. Total: **8 768** weights."""

thinking = "Let me compute. 1a: 64+4-5+1 = 64 -> 16x64x64. 1b: 1200 + 16. 2: 9-3+1=7? dilation... 3a: LSTM 4*(64*32+64*64+64+64) = 25088 vs conv 36928 -> B. Hmm. 3b true."

hw = claude_conv("Conv layer homework", [
    {"sender": "human", "text": "Please solve the attached homework (all 3 questions).",
     "attachments": [{"file_name": "hw3.tex", "file_size": len(tex), "file_type": "text/x-tex", "extracted_content": tex}]},
    {"sender": "assistant", "text": answer,
     "content": [{"type": "thinking", "thinking": thinking, "summaries": [{"summary": "Computing conv output shapes."}], "cut_off": False},
                 {"type": "text", "text": answer}]},
], 1740740000)
dump(B + 'transcripts/claude-export.json', [other, hw])
