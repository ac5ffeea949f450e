import type { z } from 'zod';

/**
 * Walks a zod 4 schema and reports every array without a maximum length. Reads zod's own
 * definitions (`_zod.def`), so wrappers (optional, pipe, preprocess, union, record, lazy...) are
 * followed down to every array the contract holds.
 */
export function arraysWithoutMax(schema: z.ZodType, at = '(root)'): string[] {
  const missing: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    const type = def.type as string;
    if (type === 'array') {
      const checks = (def.checks as Array<{ _zod: { def: { check: string } } }> | undefined) ?? [];
      if (!checks.some((c) => c._zod.def.check === 'max_length' || c._zod.def.check === 'length_equals')) missing.push(path);
      visit(def.element, `${path}[]`);
      return;
    }
    if (type === 'object') {
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) visit(child, `${path}.${key}`);
      if (def.catchall) visit(def.catchall, `${path}.*`);
      return;
    }
    for (const key of ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'left', 'right', 'schema', 'rest']) {
      if (def[key]) visit(def[key], path);
    }
    for (const key of ['options', 'items']) {
      const list = def[key];
      if (Array.isArray(list)) list.forEach((child, i) => visit(child, `${path}|${i}`));
    }
    if (type === 'lazy' && typeof def.getter === 'function') visit((def.getter as () => unknown)(), path);
  };
  visit(schema, at);
  return missing;
}

/** True when a schema holds a custom check (how `z.instanceof(Uint8Array)` is built). */
export function hasCustom(schema: z.ZodType): boolean {
  let found = false;
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (found || !node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def.type === 'custom') {
      found = true;
      return;
    }
    if (def.type === 'object') for (const child of Object.values(def.shape as Record<string, unknown>)) visit(child);
    for (const key of ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'left', 'right', 'schema', 'rest', 'catchall']) {
      if (def[key]) visit(def[key]);
    }
    for (const key of ['options', 'items']) if (Array.isArray(def[key])) (def[key] as unknown[]).forEach(visit);
  };
  visit(schema);
  return found;
}
