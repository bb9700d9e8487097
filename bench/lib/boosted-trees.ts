/**
 * Gradient-boosted regression trees for a binary label (logistic loss, Newton steps for the
 * leaves, shrinkage), over features cut into at most 32 quantile bins: enough for a few tens of
 * thousands of rows and a few dozen features in seconds, with no dependency. The trees come out
 * in src/extract/block-model.ts's stored shape.
 */
import { leafOf, type Tree } from '../../src/extract/block-model';

export interface BoostOptions {
  rounds: number;
  depth: number;
  /** Shrinkage of each tree's leaves. */
  learningRate: number;
  /** Rows a leaf must hold at least (unweighted). */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
}

export interface Boosted {
  base: number;
  trees: Tree[];
}

/** Candidate thresholds per feature: midpoints of its values, or 31 quantiles when more. */
function cutPoints(rows: number[][], feature: number): number[] {
  const values = [...new Set(rows.map((x) => x[feature]!))].sort((a, b) => a - b);
  if (values.length <= 32) return values.slice(0, -1).map((v, i) => (v + values[i + 1]!) / 2);
  const out = new Set<number>();
  for (let q = 1; q < 32; q++) out.add(values[Math.floor((q * values.length) / 32)]!);
  return [...out];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function fitBoostedTrees(rows: number[][], labels: number[], weights: number[], o: BoostOptions): Boosted {
  const d = rows[0]?.length ?? 0;
  const cuts = Array.from({ length: d }, (_, f) => cutPoints(rows, f).map(round));
  const total = weights.reduce((a, b) => a + b, 0);
  const positive = labels.reduce((a, y, i) => a + y * weights[i]!, 0) / (total || 1);
  const p0 = Math.min(0.99, Math.max(0.01, positive));
  const base = round(Math.log(p0 / (1 - p0)));
  const score = new Float64Array(rows.length).fill(base);
  const g = new Float64Array(rows.length);
  const h = new Float64Array(rows.length);
  const trees: Tree[] = [];
  const grow = (idx: number[], depth: number): Tree => {
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i]!;
      H += h[i]!;
    }
    const leaf = round((o.learningRate * G) / (H + o.lambda));
    if (depth === 0 || idx.length < 2 * o.minLeaf) return leaf;
    const parent = (G * G) / (H + o.lambda);
    let best = { gain: 1e-9, f: -1, t: 0 };
    for (let f = 0; f < d; f++) {
      for (const t of cuts[f]!) {
        let GL = 0;
        let HL = 0;
        let nL = 0;
        for (const i of idx) {
          if (rows[i]![f]! > t) continue;
          GL += g[i]!;
          HL += h[i]!;
          nL++;
        }
        if (nL < o.minLeaf || idx.length - nL < o.minLeaf) continue;
        const gain = (GL * GL) / (HL + o.lambda) + ((G - GL) * (G - GL)) / (H - HL + o.lambda) - parent;
        if (gain > best.gain) best = { gain, f, t };
      }
    }
    if (best.f < 0) return leaf;
    const left = idx.filter((i) => rows[i]![best.f]! <= best.t);
    const right = idx.filter((i) => rows[i]![best.f]! > best.t);
    return [best.f, best.t, grow(left, depth - 1), grow(right, depth - 1)];
  };
  for (let m = 0; m < o.rounds; m++) {
    for (let i = 0; i < rows.length; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = weights[i]! * (labels[i]! - p);
      h[i] = weights[i]! * p * (1 - p);
    }
    const tree = grow([...rows.keys()], o.depth);
    trees.push(tree);
    for (let i = 0; i < rows.length; i++) score[i] = score[i]! + leafOf(tree, rows[i]!);
  }
  return { base, trees };
}
