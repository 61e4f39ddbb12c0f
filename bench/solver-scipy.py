"""Times scipy on the solver benchmark's problems (bench/solver.ts starts this and talks over stdin).

argv[1] is the folder the benchmark wrote its problems to. Each line on stdin names a problem;
the answer is one JSON line: {"ms": solve time, "total": optimal total, "assigned": pairs}.
Only the solve call is timed, as for makker's solver.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

folder = Path(sys.argv[1])
meta = json.loads((folder / "problems.json").read_text())
problems = {}
for name, p in meta.items():
    if p["kind"] == "dense":
        scores = np.fromfile(folder / f"{name}.score", dtype=np.float64).reshape(p["peers"], p["mentors"])
        problems[name] = ("dense", scores)
    else:
        row_start = np.fromfile(folder / f"{name}.rowStart", dtype=np.int32)
        mentor = np.fromfile(folder / f"{name}.mentor", dtype=np.int32)
        score = np.fromfile(folder / f"{name}.score", dtype=np.float64)
        capacity = np.fromfile(folder / f"{name}.capacity", dtype=np.int32)
        # scipy has no capacities: each mentor becomes capacity[m] columns (places).
        place_start = np.concatenate(([0], np.cumsum(capacity)))
        peers = p["peers"]
        reps = capacity[mentor]
        rows = np.repeat(np.repeat(np.arange(peers), np.diff(row_start)), reps)
        cols = np.concatenate([np.arange(place_start[m], place_start[m + 1]) for m in mentor])
        data = np.repeat(score, reps)
        graph = csr_matrix((data, (rows, cols)), shape=(peers, int(place_start[-1])))
        place_mentor = np.repeat(np.arange(len(capacity)), capacity)
        problems[name] = ("sparse", (graph, place_mentor))

print(json.dumps({"ready": True, "scipy": __import__("scipy").__version__}), flush=True)
for line in sys.stdin:
    name = line.strip()
    if not name:
        continue
    kind, data = problems[name]
    if kind == "dense":
        started = time.perf_counter()
        rows, cols = linear_sum_assignment(data, maximize=True)
        ms = (time.perf_counter() - started) * 1000
        total = float(data[rows, cols].sum())
    else:
        graph, _ = data
        started = time.perf_counter()
        rows, cols = min_weight_full_bipartite_matching(graph, maximize=True)
        ms = (time.perf_counter() - started) * 1000
        total = float(np.asarray(graph[rows, cols]).sum())
    print(json.dumps({"ms": ms, "total": total, "assigned": int(len(rows))}), flush=True)
