#!/usr/bin/env python3
"""Key values for clf-metrics (Problem Set 5: Evaluating Classifiers)."""
from fractions import Fraction as F
import numpy as np

TP, FN, FP, TN = 45, 5, 15, 135
acc = F(TP + TN, TP + TN + FP + FN)
prec = F(TP, TP + FP)
rec = F(TP, TP + FN)
f1 = 2 * prec * rec / (prec + rec)

labels = np.array([1, 1, 1, 1, 0, 0, 0, 0])
scores = np.array([0.90, 0.80, 0.55, 0.40, 0.70, 0.50, 0.30, 0.20])
pos, neg = scores[labels == 1], scores[labels == 0]
wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
auc = F(int(wins * 2), 2 * len(pos) * len(neg))
pred = scores >= 0.5
tpr = F(int((pred & (labels == 1)).sum()), int((labels == 1).sum()))
fpr = F(int((pred & (labels == 0)).sum()), int((labels == 0).sum()))

cm = np.array([[8, 1, 1], [2, 6, 2], [0, 4, 11]])
recalls = [F(int(cm[i, i]), int(cm[i].sum())) for i in range(3)]
macro_recall = sum(recalls) / 3

# Question 4: counterexample TP=90, FP=5, FN=5, TN=0 -> accuracy 0.9 < F1 0.947
ce_acc = F(90, 100)
ce_f1 = F(2 * 90, 2 * 90 + 5 + 5)
assert ce_acc < ce_f1

KEY = {
    "1a": float(acc),                 # 0.9
    "1b": float(prec),                # 0.75
    "1c": float(rec),                 # 0.9
    "1d": round(float(f1), 3),        # 9/11 = 0.818
    "2a": float(auc),                 # 13/16 = 0.8125
    "2b": [float(fpr), float(tpr)],   # (0.5, 0.75)
    "3": round(float(macro_recall), 3),  # 32/45 = 0.711
    "4": "false",
}

if __name__ == "__main__":
    print("f1 =", f1, " auc =", auc, " macro recall =", macro_recall, " recalls =", recalls)
    for k, v in KEY.items():
        print(k, v)
