// `npm run mutate:score`: the mutation score of the safety core, added up over the parts'
// reports (reports/mutation/<part>/mutation.json, see stryker.config.mjs), per file and in all,
// and every mutant no test noticed (Survived, or NoCoverage) with its line, for test/MUTANTS.md.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts.
import { existsSync, readFileSync } from 'node:fs';

const parts = ['main', 'features', 'sync', 'engine'];
const detected = (c) => (c.Killed ?? 0) + (c.Timeout ?? 0);
const undetected = (c) => (c.Survived ?? 0) + (c.NoCoverage ?? 0);
const percent = (c) => (100 * detected(c)) / Math.max(1, detected(c) + undetected(c));

const total = {};
const lines = [];
for (const part of parts) {
  const file = `reports/mutation/${part}/mutation.json`;
  if (!existsSync(file)) {
    lines.push(`${part}: no report yet (MUTATE_PART=${part} npx stryker run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, result] of Object.entries(report.files)) {
    // Stryker's incremental record carries over results of files no longer in a part's mutate
    // list: the engine left the sync part for its own, so its old results there are stale, and
    // the engine's record began as a copy of the sync one.
    if (part === 'sync' && name.endsWith('sync/engine.ts')) continue;
    if (part === 'engine' && !name.endsWith('sync/engine.ts')) continue;
    const counts = {};
    const source = result.source.split('\n');
    const missed = [];
    for (const mutant of result.mutants) {
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
      total[mutant.status] = (total[mutant.status] ?? 0) + 1;
      if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        const line = mutant.location.start.line;
        missed.push(`    ${line} ${mutant.mutatorName}${mutant.status === 'NoCoverage' ? ' (no test reaches it)' : ''}: ${source[line - 1].trim().slice(0, 90)}  →  ${String(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}`);
      }
    }
    lines.push(`${percent(counts).toFixed(1).padStart(5)}%  ${String(undetected(counts)).padStart(3)} missed  ${name}`, ...missed);
  }
}
console.log(lines.join('\n'));
console.log(`\nall parts: ${percent(total).toFixed(1)}%  (${JSON.stringify(total)})`);
