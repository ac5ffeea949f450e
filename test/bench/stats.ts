export interface BenchResult {
  name: string;
  unit: string;
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Budget for the median (or the single figure). */
  budget?: number;
  /** Budget for the 95th percentile, when the issue names one. */
  p95Budget?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarize(
  name: string,
  samples: number[],
  unit: string,
  budget?: number,
  p95Budget?: number,
): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    unit,
    runs: samples.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    ...(budget !== undefined ? { budget } : {}),
    ...(p95Budget !== undefined ? { p95Budget } : {}),
  };
}

export function formatResult(r: BenchResult): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : String(n));
  const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');
  const budgets: string[] = [];
  if (r.budget !== undefined) budgets.push(`median budget ${f(r.budget)} ${r.unit} (${verdict(r.median, r.budget)})`);
  if (r.p95Budget !== undefined) budgets.push(`p95 budget ${f(r.p95Budget)} ${r.unit} (${verdict(r.p95, r.p95Budget)})`);
  const tail = budgets.length > 0 ? `  ${budgets.join(', ')}` : '';
  return `${r.name}: median ${f(r.median)} ${r.unit}, p95 ${f(r.p95)} ${r.unit}, min ${f(r.min)}, max ${f(r.max)} over ${r.runs} runs${tail}`;
}
