/**
 * Logistic regression with a Gaussian prior: maximises the log-likelihood
 * minus ½ Σ λⱼ (wⱼ − priorⱼ)², by Newton's method (few features, so the
 * Hessian is tiny). With little data the weights stay near the hand-set prior;
 * with a lot, the data wins.
 */

export interface LogisticFit {
  weights: number[];
  iterations: number;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += w[j]! * (x[j] ?? 0);
  return s;
}

/**
 * `rows` include the intercept column (a leading 1). `strength[j]` is λⱼ:
 * how many observations' worth of belief the prior weight carries.
 */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], prior: readonly number[], strength: readonly number[], maxIterations = 30): LogisticFit {
  const k = prior.length;
  const w = [...prior];
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = w.map((wj, j) => strength[j]! * (wj - prior[j]!));
    const hess = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a === b ? strength[a]! : 0)));
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      const p = sigmoid(dot(w, x));
      const r = p - labels[i]!;
      const v = p * (1 - p);
      for (let a = 0; a < k; a++) {
        const xa = x[a] ?? 0;
        if (xa === 0) continue;
        grad[a]! += r * xa;
        const row = hess[a]!;
        for (let b = 0; b < k; b++) row[b]! += v * xa * (x[b] ?? 0);
      }
    }
    const step = solve(hess, grad);
    let largest = 0;
    for (let j = 0; j < k; j++) {
      w[j]! -= step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    if (largest < 1e-7) break;
  }
  return { weights: w, iterations };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const d = m[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / d;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
