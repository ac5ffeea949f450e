import type { Page } from '@playwright/test';

/**
 * What a thief must not find on the laptop: a borrower's name, phones, PAN, addresses and
 * Aadhaar, taken from the sandbox's own Get Loan answers (so the check is against what really
 * reached the laptop, not against what a test chose to type).
 */
export interface BorrowerStrings {
  names: string[];
  phones: string[];
  pans: string[];
  addresses: string[];
  aadhaars: string[];
}

const SHORTEST = 6;

export function borrowerStrings(rawLoans: readonly unknown[]): BorrowerStrings {
  const out: BorrowerStrings = { names: [], phones: [], pans: [], addresses: [], aadhaars: [] };
  const add = (list: string[], value: unknown) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value).trim();
    if (text.length >= SHORTEST && !list.includes(text)) list.push(text);
  };
  const walk = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) return value.forEach((inner) => walk(inner, key));
    if (value && typeof value === 'object') {
      for (const [k, inner] of Object.entries(value)) walk(inner, k);
      return;
    }
    if (/aadha?r/i.test(key)) add(out.aadhaars, value);
    else if (/pan_number|^pan$/i.test(key)) add(out.pans, value);
    else if (/(^|_)name$/i.test(key) && /applicant|customer|borrower|guarantor|^name$/i.test(key)) add(out.names, value);
    else if (/contact_number|mobile|phone/i.test(key)) add(out.phones, value);
    else if (/address_text$|address_line|^applicant_address$/i.test(key)) add(out.addresses, value);
  };
  rawLoans.forEach((loan) => walk(loan));
  return out;
}

/**
 * Every record of every IndexedDB store, read by a page that holds no key, with the plain
 * IndexedDB API, as one searchable text: strings as they are, byte arrays as Latin-1 (one
 * character per byte, so image bytes can be searched too).
 */
export async function everyStoreAsText(page: Page, dbName = 'fielddesk'): Promise<{ text: string; stores: string[]; records: number }> {
  return page.evaluate(async (dbName) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = Array.from(idb.objectStoreNames);
    const parts: string[] = [];
    let records = 0;
    const latin1 = (bytes: Uint8Array) => {
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return s;
    };
    const flatten = async (value: unknown): Promise<unknown> => {
      if (value instanceof Uint8Array) return latin1(value);
      if (value instanceof ArrayBuffer) return latin1(new Uint8Array(value));
      if (value instanceof Blob) return latin1(new Uint8Array(await value.arrayBuffer()));
      if (Array.isArray(value)) return Promise.all(value.map(flatten));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = await flatten(v);
        return out;
      }
      return value;
    };
    for (const store of stores) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = idb.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      records += all.length;
      for (const record of all) parts.push(JSON.stringify(await flatten(record)));
    }
    idb.close();
    return { text: parts.join('\n'), stores, records };
  }, dbName);
}
