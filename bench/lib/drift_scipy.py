# Reference for the drift bench: scipy computing the statistics Evidently picks for > 1000 rows (normed
# Wasserstein for numeric, Jensen-Shannon over value counts for categorical) on the same columns, already in
# memory (raw float64 / uint16 category codes written by drift-worker.mjs gen; loading is not timed).
# Prints {"seconds": ..., "maxRssMiB": ...}.
import json, resource, sys, time
import numpy as np
from scipy import stats
from scipy.spatial import distance

ref_dir, cur_dir, numeric, categorical = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
load = lambda d, name, dt: np.fromfile(f"{d}/{name}", dtype=dt)
num = [(load(ref_dir, f"n{i}.f64", np.float64), load(cur_dir, f"n{i}.f64", np.float64)) for i in range(numeric)]
cat = [(load(ref_dir, f"c{i}.u16", np.uint16), load(cur_dir, f"c{i}.u16", np.uint16)) for i in range(categorical)]
t = time.perf_counter()
out = []
for r, c in num:
    out.append(stats.wasserstein_distance(r, c) / max(np.std(r), 0.001))
for r, c in cat:
    k = int(max(r.max(), c.max())) + 1
    rc, cc = np.bincount(r, minlength=k) / len(r), np.bincount(c, minlength=k) / len(c)
    out.append(float(distance.jensenshannon(rc, cc)))
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "maxRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "values": out}))
