"""What every benchmark shares: the repository paths and timing a command with its peak memory."""
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench-out")
SAMPLE = os.path.join(ROOT, "samples", "cnn-basics", "homework.pdf")


def run_timed(command, repeat):
    """Median wall time of `repeat` runs and the peak RSS (MB) of the command."""
    times = []
    peak = 0.0
    for _ in range(repeat):
        # A fresh python child per run so ru_maxrss is the command's own peak.
        probe = subprocess.run(
            [sys.executable, "-c", PROBE] + command, capture_output=True, text=True, check=True)
        seconds, rss_kb = probe.stdout.split()
        times.append(float(seconds))
        peak = max(peak, int(rss_kb) / 1024)
    return statistics.median(times), peak


PROBE = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
