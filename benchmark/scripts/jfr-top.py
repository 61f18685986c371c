#!/usr/bin/env python3
"""Aggregates `jfr print --stack-depth 96 --events jdk.ExecutionSample` output.

usage: jfr print --stack-depth 96 --events jdk.ExecutionSample rec.jfr | python3 jfr-top.py [--thread PREFIX] [FRAME ...]

Prints the top frames by self samples, and the inclusive share of each FRAME given (a substring of
`Class.method`, e.g. `Snippets.titlesAndSnippets`), of all samples on matching threads.
"""
import re
import sys
from collections import Counter

args = sys.argv[1:]
thread_prefix = None
if args[:1] == ["--thread"]:
    thread_prefix, args = args[1], args[2:]
frame_re = re.compile(r"^\s+([\w$.<>/]+)\(")
samples, stack, thread = [], [], None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        if stack:
            samples.append((thread, stack))
        stack, thread = [], None
    elif "sampledThread = " in line:
        thread = line.split('"')[1] if '"' in line else line.strip()
    else:
        m = frame_re.match(line)
        if m and "line:" in line:
            stack.append(m.group(1))
if stack:
    samples.append((thread, stack))
if thread_prefix:
    samples = [s for s in samples if s[0] and s[0].startswith(thread_prefix)]
n = len(samples)
print(f"{n} samples")
threads = Counter(re.sub(r"[-#]?\d+$", "", t or "?") for t, _ in samples)
print("by thread:", ", ".join(f"{t} {c * 100 / n:.1f}%" for t, c in threads.most_common(8)))
top = Counter(s[0] for _, s in samples)
print("top frames (self):")
for f, c in top.most_common(25):
    print(f"  {c * 100 / n:5.1f}%  {f}")
if args:
    print("inclusive:")
    for want in args:
        c = sum(1 for _, s in samples if any(want in f for f in s))
        print(f"  {c * 100 / n:5.1f}%  {want}")
