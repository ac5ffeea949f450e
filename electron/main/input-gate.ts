/**
 * The gate before zod. Structured clone lets a renderer send anything: a 10 MB byte array where
 * an object is expected, a million-item array, a string of hundreds of MB, nesting thousands
 * deep. zod would walk all of it (seconds, gigabytes) before saying no. This walk is bounded by
 * the limits themselves: it stops at the first thing over a limit, so a refusal costs
 * microseconds to milliseconds whatever the size of what was sent.
 */
export interface GateLimits {
  /** Objects and arrays inside one another. */
  maxDepth: number;
  /** Object keys plus array items, counted over the whole input. */
  maxNodes: number;
  /** Items in any one array. */
  maxArrayLength: number;
  /** Characters in all strings together (keys included). */
  maxStringChars: number;
  /** Bytes in all Uint8Arrays together (only on channels whose contract declares bytes). */
  maxBytes: number;
}

export const defaultGateLimits: GateLimits = {
  maxDepth: 16,
  maxNodes: 50_000,
  maxArrayLength: 10_000,
  // files.saveText carries a CSV of up to 20 MB (MAX_SAVED_TEXT): a little room above it.
  maxStringChars: 21 * 1024 * 1024,
  // glaas.uploadDocuments: up to 10 files of 25 MB would be 250 MB; the KYC screen sends one or
  // two at a time. 60 MB is above the largest real upload and the 50 MB PDF cap.
  maxBytes: 60 * 1024 * 1024,
};

/** Keys that reach an object's prototype or constructor when assigned: never part of a request. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type GateVerdict = { ok: true } | { ok: false; reason: string };

/** Where the contract declares bytes: always a property named `bytes` (UploadFile, PdfBytes). */
const BYTES_KEY = 'bytes';

/**
 * @param options.allowBytes the channel's contract declares bytes; even then a Uint8Array passes
 * only as the value of a `bytes` property, never in place of an object or a list.
 */
export function screenInput(input: unknown, options: { allowBytes: boolean; limits?: GateLimits }): GateVerdict {
  const limits = options.limits ?? defaultGateLimits;
  let nodes = 0;
  let chars = 0;
  let bytes = 0;

  const refuse = (reason: string): GateVerdict => ({ ok: false, reason });

  // Depth is capped, so recursion is bounded by maxDepth frames.
  const visit = (value: unknown, depth: number, key?: string): GateVerdict | undefined => {
    switch (typeof value) {
      case 'string':
        chars += value.length;
        return chars > limits.maxStringChars ? refuse('the text is too long') : undefined;
      case 'number':
        return Number.isFinite(value) ? undefined : refuse('a number is not a finite number');
      case 'boolean':
      case 'undefined':
        return undefined;
      case 'object':
        break;
      default:
        return refuse(`a ${typeof value} cannot be sent`);
    }
    if (value === null) return undefined;
    if (depth >= limits.maxDepth) return refuse('it is nested too deeply');

    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      if (!options.allowBytes || key !== BYTES_KEY || Object.getPrototypeOf(value) !== Uint8Array.prototype) {
        return refuse('it holds binary data where none is expected');
      }
      bytes += (value as Uint8Array).byteLength;
      return bytes > limits.maxBytes ? refuse('the files are too large') : undefined;
    }
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return refuse('a list is not a plain list');
      if (value.length > limits.maxArrayLength) return refuse('a list has too many items');
      nodes += value.length;
      if (nodes > limits.maxNodes) return refuse('it has too many parts');
      for (let i = 0; i < value.length; i += 1) {
        const problem = visit(value[i], depth + 1);
        if (problem) return problem;
      }
      return undefined;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return refuse('it holds something other than plain data');
    if (Object.getOwnPropertySymbols(value).length > 0) return refuse('it holds something other than plain data');
    // for...in stops at the limit; Object.keys would first build the whole list.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      nodes += 1;
      if (nodes > limits.maxNodes) return refuse('it has too many parts');
      if (FORBIDDEN_KEYS.has(key)) return refuse(`the name "${key}" is not allowed`);
      chars += key.length;
      if (chars > limits.maxStringChars) return refuse('the text is too long');
      const problem = visit((value as Record<string, unknown>)[key], depth + 1, key);
      if (problem) return problem;
    }
    return undefined;
  };

  return visit(input, 0) ?? { ok: true };
}
