import { gcm } from '@noble/ciphers/aes.js';
import { Decoder, Encoder } from '@msgpack/msgpack';

/**
 * AES-256-GCM over a record's MessagePack bytes, synchronously.
 *
 * Why not WebCrypto here: its calls are asynchronous, and an IndexedDB transaction commits as
 * soon as it waits on anything but its own requests, so sealing inside a Dexie transaction would
 * end it half-way (Dexie's author explains it in dexie/Dexie.js#374 and recommends a synchronous
 * cipher for symmetric encryption). @noble/ciphers is an audited, dependency-free implementation.
 * Keys never come from here: the main process makes them (node:crypto).
 *
 * Layout: 12-byte random nonce, then ciphertext with its 16-byte tag. The associated data binds
 * a sealed record to its table and key, so a record copied into another row does not open.
 */

const NONCE_BYTES = 12;
// Dropping undefined keeps `field?: T` as absent after a round trip (MessagePack has no undefined).
const encoder = new Encoder({ ignoreUndefined: true });
const decoder = new Decoder();
const text = new TextEncoder();

function nonce(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
}

export function sealValue(value: unknown, key: Uint8Array, context: string): Uint8Array {
  const iv = nonce();
  const sealed = gcm(key, iv, text.encode(context)).encrypt(encoder.encode(value));
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(iv, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** Throws when the key is wrong or the bytes were changed (GCM's tag does not match). */
export function openValue(sealed: Uint8Array, key: Uint8Array, context: string): unknown {
  const iv = sealed.subarray(0, NONCE_BYTES);
  const body = sealed.subarray(NONCE_BYTES);
  return decoder.decode(gcm(key, iv, text.encode(context)).decrypt(body));
}
