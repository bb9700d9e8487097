/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty and per-row weights: a handful of features and a few thousand rows fit in milliseconds,
 * and the answer does not depend on a learning rate.
 */
export interface Fit {
  weights: number[];
  bias: number;
}

export function fitLogistic(rows: number[][], labels: number[], rowWeights: number[], l2 = 1, iterations = 30): Fit {
  const d = rows[0]?.length ?? 0;
  const beta = new Array(d + 1).fill(0); // beta[d] is the bias
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    rows.forEach((x, r) => {
      const xb = [...x, 1];
      let z = 0;
      for (let k = 0; k <= d; k++) z += beta[k] * xb[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const w = rowWeights[r]!;
      for (let k = 0; k <= d; k++) {
        grad[k] += w * (labels[r]! - p) * xb[k]!;
        for (let l = 0; l <= d; l++) hess[k]![l] += w * p * (1 - p) * xb[k]! * xb[l]!;
      }
    });
    // The penalty leaves the bias alone.
    for (let k = 0; k < d; k++) {
      grad[k] -= l2 * beta[k];
      hess[k]![k] += l2;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let k = 0; k <= d; k++) {
      beta[k] += step[k]!;
      change = Math.max(change, Math.abs(step[k]!));
    }
    if (change < 1e-7) break;
  }
  return { weights: beta.slice(0, d), bias: beta[d] };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const div = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / div;
      const target = m[r]!;
      const source = m[c]!;
      for (let k = c; k <= n; k++) target[k] = target[k]! - f * source[k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i] || 1e-12));
}
