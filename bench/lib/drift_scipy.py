# Reference for the drift bench: scipy computing the statistics Evidently picks for > 1000 rows (normed
# Wasserstein for numeric, Jensen-Shannon over value counts for categorical) on the same columns, already in
# memory (loading is not timed): numeric as float64 arrays; categorical as the same string labels the CSV holds,
# in Python lists, counted with collections.Counter (a hash count in C, as pandas' value_counts that Evidently
# uses). `secondsCodes` is a floor no drift tool reaches on labels: the categorical columns as uint16 codes
# counted with numpy's bincount. Prints {"seconds", "secondsCodes", "maxRssMiB", "values"}.
import collections, json, resource, sys, time
import numpy as np
from scipy import stats
from scipy.spatial import distance

ref_dir, cur_dir, numeric, categorical = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
vocab_sizes = [3, 5, 8, 12, 20, 30, 50, 80, 120, 200]  # as drift-worker.mjs VOCAB
load = lambda d, name, dt: np.fromfile(f"{d}/{name}", dtype=dt)
num = [(load(ref_dir, f"n{i}.f64", np.float64), load(cur_dir, f"n{i}.f64", np.float64)) for i in range(numeric)]
codes = [(load(ref_dir, f"c{i}.u16", np.uint16), load(cur_dir, f"c{i}.u16", np.uint16)) for i in range(categorical)]
labels = []
for i, (r, c) in enumerate(codes):
    vocab = np.array([f"v{i}_{j}" for j in range(vocab_sizes[i])], dtype=object)
    labels.append((vocab[r].tolist(), vocab[c].tolist()))

def numeric_part():
    return [stats.wasserstein_distance(r, c) / max(np.std(r), 0.001) for r, c in num]

def js_labels(r, c):
    rc, cc = collections.Counter(r), collections.Counter(c)
    keys = sorted(set(rc) | set(cc))
    p = np.array([rc.get(k, 0) for k in keys], dtype=float) / len(r)
    q = np.array([cc.get(k, 0) for k in keys], dtype=float) / len(c)
    return float(distance.jensenshannon(p, q))

def js_codes(r, c):
    k = int(max(r.max(), c.max())) + 1
    return float(distance.jensenshannon(np.bincount(r, minlength=k) / len(r), np.bincount(c, minlength=k) / len(c)))

t = time.perf_counter()
out = numeric_part()
t_num = time.perf_counter() - t
t = time.perf_counter()
out += [js_labels(r, c) for r, c in labels]
t_labels = time.perf_counter() - t
t = time.perf_counter()
floor = [js_codes(r, c) for r, c in codes]
t_codes = time.perf_counter() - t
print(json.dumps({"seconds": t_num + t_labels, "secondsCodes": t_num + t_codes, "maxRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "values": out}))
