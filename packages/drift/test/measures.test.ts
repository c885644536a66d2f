import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chiSquare, chooseMethod, jensenShannon, ksStatisticSorted, lInfinity, normedWassersteinSorted, psi, zTest } from '../src/index.js';
import { vegaData } from './data.js';
import { relClose, scipy } from './scipy.js';

const weatherCsv = readFileSync(vegaData('seattle-weather.csv'), 'utf8');

/** seattle-weather.csv split into the 2012 (reference) and 2015 (current) rows. */
function weather() {
  const lines = weatherCsv.trim().split('\n');
  const header = (lines[0] as string).split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (name: string, year: string) => rows.filter((r) => (r[0] as string).startsWith(year)).map((r) => r[header.indexOf(name)] as string);
  return { header, col };
}

const sorted = (xs: string[]) => Float64Array.from(xs.map(Number)).sort();

describe('measures agree with scipy on seattle-weather (2012 vs 2015)', () => {
  const { col } = weather();
  const numeric = ['precipitation', 'temp_max', 'temp_min', 'wind'];

  it('normed Wasserstein and the KS statistic', () => {
    const input = Object.fromEntries(numeric.map((c) => [c, { ref: col(c, '2012').map(Number), cur: col(c, '2015').map(Number) }]));
    const py = scipy<Record<string, { w: number; d: number }>>(
      `out = {}
for k, v in data.items():
    r, c = np.array(v['ref']), np.array(v['cur'])
    out[k] = {'w': st.wasserstein_distance(r, c) / max(np.std(r), 0.001), 'd': float(st.ks_2samp(r, c).statistic)}
print(json.dumps(out))`,
      input,
    );
    for (const c of numeric) {
      const ref = sorted(col(c, '2012'));
      const cur = sorted(col(c, '2015'));
      const w = normedWassersteinSorted(ref, cur);
      expect(relClose(w, py[c]?.w as number), `${c}: wasserstein ${w} vs ${py[c]?.w}`).toBe(true);
      const { d } = ksStatisticSorted(ref, cur);
      expect(relClose(d, py[c]?.d as number), `${c}: D ${d} vs ${py[c]?.d}`).toBe(true);
      expect(w).toBeGreaterThan(0);
    }
  });

  it('chi-square, Jensen-Shannon, PSI and L-infinity on the weather category, Z-test on rain/no rain', () => {
    const ref = col('weather', '2012');
    const cur = col('weather', '2015');
    const keys = [...new Set([...ref, ...cur])].sort();
    const count = (xs: string[]) => keys.map((k) => xs.filter((x) => x === k).length);
    const rc = count(ref);
    const cc = count(cur);
    const rainRef = col('precipitation', '2012').filter((x) => Number(x) > 0).length;
    const rainCur = col('precipitation', '2015').filter((x) => Number(x) > 0).length;
    const py = scipy<{ chi: [number, number]; js: number; psi: number; linf: number; z: number }>(
      `rc, cc = np.array(data['rc'], float), np.array(data['cc'], float)
nr, nc = rc.sum(), cc.sum()
chi = st.chisquare(cc, rc * nc / nr)
def fill(p):
    m = p[p != 0].min()
    p = p.copy(); p[p == 0] = m / 1e6 if m <= 1e-4 else 1e-4
    return p
r, c = fill(rc / nr), fill(cc / nc)
n1, n2, h1, h2 = data['z']
p1, p2 = h1 / n1, h2 / n2
P = (p1 * n1 + p2 * n2) / (n1 + n2)
z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
print(json.dumps({'chi': [float(chi.statistic), float(chi.pvalue)], 'js': float(distance.jensenshannon(rc / nr, cc / nc)),
  'psi': float(np.sum((r - c) * np.log(r / c))), 'linf': float(np.max(np.abs(rc / nr - cc / nc))), 'z': float(2 * (1 - st.norm.cdf(abs(z))))}))`,
      { rc, cc, z: [ref.length, cur.length, rainRef, rainCur] },
    );
    const chi = chiSquare(rc, ref.length, cc, cur.length);
    expect(relClose(chi.statistic, py.chi[0])).toBe(true);
    expect(relClose(chi.pValue, py.chi[1]), `${chi.pValue} vs ${py.chi[1]}`).toBe(true);
    expect(relClose(jensenShannon(rc, cc), py.js)).toBe(true);
    expect(relClose(psi(rc, ref.length, cc, cur.length), py.psi)).toBe(true);
    expect(relClose(lInfinity(rc, ref.length, cc, cur.length), py.linf)).toBe(true);
    const z = zTest(rainRef, ref.length, rainCur, cur.length);
    expect(relClose(z.pValue, py.z), `${z.pValue} vs ${py.z}`).toBe(true);
  });

  it('a category seen only in current gives chi-square inf / p 0, not a crash', () => {
    expect(chiSquare([10, 0], 10, [5, 5], 10)).toEqual({ statistic: Number.POSITIVE_INFINITY, pValue: 0 });
  });
});

describe('chooseMethod reproduces Evidently defaults (reference/drift.md)', () => {
  it.each([
    ['numeric', 1000, 6, 'ks'],
    ['numeric', 1000, 5, 'chisquare'],
    ['numeric', 1000, 3, 'chisquare'],
    ['numeric', 1000, 2, 'z'],
    ['categorical', 1000, 50, 'chisquare'],
    ['categorical', 10, 2, 'z'],
    ['categorical', 1, 1, 'z'],
    ['numeric', 1001, 6, 'wasserstein'],
    ['numeric', 1001, 5, 'jensenshannon'],
    ['numeric', 1_000_000, 2, 'jensenshannon'],
    ['categorical', 1001, 500, 'jensenshannon'],
    ['categorical', 5000, 2, 'jensenshannon'],
  ] as const)('%s, n=%i, unique=%i -> %s', (type, n, u, expected) => {
    expect(chooseMethod(type, n, u)).toBe(expected);
  });
});
