#!/usr/bin/env python3
"""Key values for rnn-lstm (Homework 6: Recurrent Networks)."""
import math


def lstm_params(inp, hid, gates=4):
    # PyTorch: W_ih (gates*H x I), W_hh (gates*H x H), bias_ih and bias_hh (gates*H each)
    return gates * (hid * inp + hid * hid + 2 * hid)


KEY = {}
KEY["1a"] = lstm_params(64, 128)                      # 99328
KEY["1b"] = lstm_params(64, 128, gates=3)             # 74496
layer1 = 2 * lstm_params(64, 128)                     # two directions
layer2 = 2 * lstm_params(2 * 128, 128)                # input is concat of both directions
KEY["1c"] = layer1 + layer2                           # 593920
KEY["1d"] = [32, 50, 2 * 128]                         # batch_first, bidirectional

wx, wh, b = 0.5, -1.0, 0.1
h1 = math.tanh(wx * 1 + wh * 0 + b)
h2 = math.tanh(wx * 2 + wh * h1 + b)
KEY["2a"] = round(h1, 4)                              # 0.5370
KEY["2b"] = round(h2, 4)                              # 0.5102

c_t = 0.9 * 2.0 + 0.4 * (-0.5)
KEY["3"] = round(0.7 * math.tanh(c_t), 4)             # 0.6452

KEY["4"] = "B"

if __name__ == "__main__":
    print("h1 =", h1, " h2 =", h2, " c_t =", c_t)
    for k, v in KEY.items():
        print(k, v)
