import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const syncDir = join(root, 'renderer/src/sync');
const featuresDir = join(root, 'renderer/src/features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports (type-only too), dynamic import(). */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/**
 * Issue 11, item 10: the sync engine knows no feature. Features register their outbox kinds
 * with it at start-up (sync/kinds.ts); an import the other way would bring back the circle
 * sync → features → sync.
 */
describe('renderer/src/sync', () => {
  it('imports nothing from renderer/src/features', () => {
    const files = sourceFiles(syncDir);
    expect(files.length).toBeGreaterThan(5);
    const offending = files.flatMap((file) =>
      specifiersOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => !relative(featuresDir, resolve(dirname(file), spec)).startsWith('..'))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the scan sees every form of import (so it cannot pass by missing one)', () => {
    const sample = [
      "import type { A } from '../features/a';",
      "import {\n  B,\n  C,\n} from '../features/b';",
      "export { D } from '../features/d';",
      "import '../features/e';",
      "const f = await import('../features/f');",
    ].join('\n');
    expect(specifiersOf(sample)).toEqual(expect.arrayContaining(['../features/a', '../features/b', '../features/d', '../features/e', '../features/f']));
  });
});
