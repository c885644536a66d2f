# Independent reference for the drift engine's tests: Evidently's legacy stattests re-expressed with numpy/scipy
# only (no pandas/evidently on this image). data = {"columns": [{name, type, method|null, ref: [...], cur: [...]}]}
import sys, json
import numpy as np
import scipy.stats as st
from scipy.spatial import distance

def default_method(kind, ref):
    n_values = len(np.unique(ref))
    if len(ref) <= 1000:
        if kind == 'numeric' and n_values > 5:
            return 'ks'
        return 'chisquare' if n_values > 2 else 'z'
    if kind == 'numeric' and n_values > 5:
        return 'wasserstein'
    return 'jensenshannon'

def binned(kind, ref, cur, fill):
    if kind == 'numeric' and len(np.unique(ref)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins='sturges')
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = sorted(set(ref.tolist()) | set(cur.tolist()))
        r = np.array([np.sum(ref == k) for k in keys]) / len(ref)
        c = np.array([np.sum(cur == k) for k in keys]) / len(cur)
    if fill:
        for p in (r, c):
            m = p[p != 0].min()
            p[p == 0] = m / 1e6 if m <= 1e-4 else 1e-4
    return r, c

def run(col):
    kind = col['type']
    ref = np.array(col['ref'], dtype=float if kind == 'numeric' else object)
    cur = np.array(col['cur'], dtype=float if kind == 'numeric' else object)
    if kind == 'numeric':
        ref = ref[np.isfinite(ref)]; cur = cur[np.isfinite(cur)]
        if col.get('int'):
            ref = ref.astype(np.int64); cur = cur.astype(np.int64)
    method = col.get('method') or default_method(kind, ref)
    out = {'method': method}
    if method == 'ks':
        r = st.ks_2samp(ref, cur); out['statistic'] = float(r.statistic); out['p'] = float(r.pvalue)
    elif method == 'wasserstein':
        out['statistic'] = float(st.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001))
    elif method == 'psi':
        r, c = binned(kind, ref, cur, True); out['statistic'] = float(np.sum((r - c) * np.log(r / c)))
    elif method == 'jensenshannon':
        r, c = binned(kind, ref, cur, False); out['statistic'] = float(distance.jensenshannon(r, c))
    elif method == 'linf':
        r, c = binned(kind, ref, cur, False); out['statistic'] = float(np.max(np.abs(r - c)))
    elif method == 'chisquare':
        keys = sorted(set(ref.tolist()) | set(cur.tolist()))
        k = len(cur) / len(ref)
        f_exp = [np.sum(ref == key) * k for key in keys]; f_obs = [np.sum(cur == key) for key in keys]
        r = st.chisquare(f_obs, f_exp); out['statistic'] = float(r.statistic); out['p'] = float(r.pvalue)
    elif method == 'z':
        keys = sorted(set(ref.tolist()) | set(cur.tolist()))
        if len(keys) == 1:
            out['p'] = 1.0
        else:
            n1, n2 = len(ref), len(cur)
            p1, p2 = np.sum(ref == keys[0]) / n1, np.sum(cur == keys[0]) / n2
            P = (p1 * n1 + p2 * n2) / (n1 + n2)
            z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
            out['p'] = float(2 * (1 - st.norm.cdf(np.abs(z))))
    return out

data = json.load(sys.stdin)
def safe(o):
    return {k: (v if not isinstance(v, float) or np.isfinite(v) else str(v)) for k, v in o.items()}
print(json.dumps([safe(run(c)) for c in data['columns']]))
