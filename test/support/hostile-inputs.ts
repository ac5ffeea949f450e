/**
 * Inputs a compromised renderer could send over IPC to take the main process down or bend it:
 * shared by the fuzz test (test/unit/ipc.test.ts) and the refusal benchmark (test/bench/gate.ts).
 * Built lazily: some are tens of MB.
 */
export interface HostileInput {
  name: string;
  make: () => unknown;
}

const MB = 1024 * 1024;

function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let cursor = root;
  for (let i = 0; i < depth; i += 1) cursor = (cursor.next = {}) as Record<string, unknown>;
  return root;
}

function manyKeys(count: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i += 1) out[`k${i}`] = i;
  return out;
}

const address = { applicant_address_type: 'Home', applicant_address_text: '12, MG Road', applicant_city: 'Pune' };

export const hostileInputs: HostileInput[] = [
  { name: '10 MB byte array where an object is expected', make: () => new Uint8Array(10 * MB) },
  { name: '10 MB byte array in a field', make: () => ({ platform: 'glaas', loanId: 'L1', bytes: new Uint8Array(10 * MB) }) },
  { name: '64 MB byte array', make: () => ({ suggestedName: 'a.pdf', bytes: new Uint8Array(64 * MB) }) },
  { name: 'a Buffer, not a Uint8Array', make: () => ({ suggestedName: 'a.pdf', bytes: Buffer.from('%PDF-1.4') }) },
  { name: 'an ArrayBuffer', make: () => ({ bytes: new ArrayBuffer(1024) }) },
  {
    name: 'a million addresses in Update Loan',
    make: () => ({ loanId: 'L1', patch: { applicant_address: new Array(1_000_000).fill(address) }, opKey: 'op-1' }),
  },
  { name: 'a million-item list at the top', make: () => new Array(1_000_000).fill(0) },
  { name: '200,000 keys', make: () => manyKeys(200_000) },
  { name: '50 million characters', make: () => ({ token: 'x'.repeat(50_000_000) }) },
  { name: '25 MB in many strings', make: () => ({ uids: new Array(500).fill('y'.repeat(50_000)) }) },
  { name: 'nesting 10,000 deep', make: () => nested(10_000) },
  { name: 'nesting 20 deep', make: () => nested(20) },
  { name: '__proto__ key', make: () => JSON.parse('{"platform": "glaas", "__proto__": {"polluted": "yes"}}') },
  { name: 'nested __proto__', make: () => JSON.parse('{"credgenics": {"__proto__": {"admin": true}}}') },
  { name: 'constructor.prototype', make: () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') },
  { name: 'prototype key', make: () => ({ glaas: { prototype: { polluted: 'yes' } } }) },
  { name: 'NaN', make: () => ({ accept: true, x: Number.NaN }) },
  { name: 'Infinity amount', make: () => ({ loanId: 'L1', allocationMonth: '2024-07', payment: { amount_recovered: Number.POSITIVE_INFINITY }, opKey: 'o' }) },
  { name: '-Infinity', make: () => ({ requestFlowIds: [Number.NEGATIVE_INFINITY], paymentDate: '01/01/2024' }) },
  { name: 'a Date', make: () => ({ loanId: new Date() }) },
  { name: 'a Map', make: () => new Map([['platform', 'glaas']]) },
  { name: 'an object with a prototype', make: () => Object.create({ platform: 'glaas' }) },
  { name: 'a symbol key', make: () => ({ [Symbol('x')]: 1 }) },
  { name: 'a function', make: () => ({ platform: () => 'glaas' }) },
  { name: 'a bigint', make: () => ({ loanId: 10n }) },
];
