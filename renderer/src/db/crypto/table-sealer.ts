import type { DBCoreTableSchema } from 'dexie';
import { currentKeys, isPlaintextForTests } from './keyring';
import { openValue, sealValue } from './record-cipher';
import type { KeyName, SealingRule } from './sealing-rules';

/**
 * Seals and opens the records of one table.
 *
 * A sealed record is `{ ...fields indexes need, $s: nonce+ciphertext, $k: 'd' | 's' }` ($k says
 * which key: data or send). A record without `$s` (an older build's, or one written with the
 * test-only plaintext switch) opens as it is.
 */
export const SEALED = '$s';
export const SEALED_WITH = '$k';

type Sealed = Record<string, unknown> & { [SEALED]: Uint8Array; [SEALED_WITH]: 'd' | 's' };

/** Field paths every index of the table reads (compound ones split), plus the primary key. */
function clearFieldsOf(schema: DBCoreTableSchema): Set<string> {
  const fields = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const path = index.keyPath;
    if (typeof path === 'string') fields.add(path.split('.')[0]!);
    else if (Array.isArray(path)) for (const part of path) fields.add(part.split('.')[0]!);
  }
  return fields;
}

function keyBytes(name: KeyName): Uint8Array {
  const keys = currentKeys();
  return name === 'data' ? keys.data : keys.send;
}

/** A Blob would be written as an empty map and lost: refuse it loudly instead. */
function refuseBlobs(value: unknown, table: string, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    throw new TypeError(`A Blob cannot be stored in "${table}": turn it into a StoredFile first (db/crypto/stored-file.ts).`);
  }
  if (ArrayBuffer.isView(value)) return;
  for (const inner of Object.values(value)) refuseBlobs(inner, table, depth + 1);
}

export interface TableSealer {
  seal(value: unknown): unknown;
  open(value: unknown): unknown;
}

export function createTableSealer(schema: DBCoreTableSchema, rule: SealingRule): TableSealer {
  const clear = clearFieldsOf(schema);
  const keyed = !schema.primaryKey.autoIncrement && !schema.primaryKey.outbound && schema.primaryKey.extractKey;
  const contextOf = (record: Record<string, unknown>) =>
    keyed ? `${schema.name}|${JSON.stringify(schema.primaryKey.extractKey!(record))}` : schema.name;

  return {
    seal(value) {
      if (value === null || typeof value !== 'object') return value;
      const record = value as Record<string, unknown>;
      refuseBlobs(record, schema.name);
      if (isPlaintextForTests()) return record;
      const keyName = typeof rule.key === 'function' ? rule.key(record) : rule.key;
      const kept: Record<string, unknown> = {};
      const hidden: Record<string, unknown> = {};
      for (const [field, inner] of Object.entries(record)) {
        if (field === SEALED || field === SEALED_WITH) continue;
        const sealThis = rule.only ? rule.only.includes(field) : !clear.has(field);
        if (sealThis) hidden[field] = inner;
        else kept[field] = inner;
      }
      kept[SEALED] = sealValue(hidden, keyBytes(keyName), contextOf(record));
      kept[SEALED_WITH] = keyName === 'data' ? 'd' : 's';
      return kept;
    },
    open(value) {
      if (value === null || typeof value !== 'object' || !(SEALED in value)) return value;
      const { [SEALED]: sealed, [SEALED_WITH]: keyTag, ...kept } = value as Sealed;
      const hidden = openValue(sealed, keyBytes(keyTag === 's' ? 'send' : 'data'), contextOf(kept)) as Record<string, unknown>;
      return { ...kept, ...hidden };
    },
  };
}

