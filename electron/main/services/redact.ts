/**
 * The one redactor: every known secret (token, password, GLAAS session id) is replaced by
 * "[hidden]" in any text that can reach a user, a log line or the renderer, in each form a
 * server could echo it back in: raw, JSON-escaped (once and twice), URL-encoded, and base64 at
 * any byte alignment. Callers redact BEFORE they cut a text short: a secret cut in half at the
 * length limit no longer matches anything.
 */

export const HIDDEN = '[hidden]';
/** Very short values would blank ordinary words; real tokens and passwords are longer. */
const MIN_SECRET_LENGTH = 4;
/** A base64 fragment shorter than this matches by chance in a long answer: not worth the risk. */
const MIN_ENCODED_LENGTH = 8;

/** Every form of one secret we hide, longest first. */
export function secretForms(secret: string): string[] {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return [];
  const forms = new Set<string>([secret]);
  const json = JSON.stringify(secret).slice(1, -1);
  forms.add(json);
  forms.add(JSON.stringify(json).slice(1, -1));
  forms.add(json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const uri = encodeURIComponent(secret);
  forms.add(uri);
  forms.add(uri.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  forms.add(encodeURIComponent(uri));
  for (const b64 of base64Forms(secret)) {
    forms.add(b64);
    forms.add(b64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * The base64 characters that depend on the secret's bytes alone, for the secret starting at each
 * of the three byte alignments inside a longer encoded text.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const out: string[] = [];
  for (let k = 0; k < 3; k += 1) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const start = Math.ceil((8 * k) / 6);
    const end = Math.floor((8 * (k + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_ENCODED_LENGTH) out.push(core);
  }
  const whole = bytes.toString('base64');
  if (whole.length >= MIN_ENCODED_LENGTH) out.push(whole, whole.replace(/=+$/, ''));
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A few recent secret lists (the log's and each client's): built once, not per line. */
const cache = new Map<string, RegExp | undefined>();

/** One pattern for all forms of all secrets (rebuilt only when the secrets change). */
function patternFor(secrets: readonly string[]): RegExp | undefined {
  const key = secrets.join('\u0000');
  if (cache.has(key)) return cache.get(key);
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  const pattern = forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined;
  if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
  cache.set(key, pattern);
  return pattern;
}

export function redactText(text: string, secrets: readonly string[]): string {
  const pattern = patternFor(secrets);
  if (!pattern || !text) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, HIDDEN);
}

/** Redacts every string in a parsed value, keys as well as values (a server can echo either). */
export function redactDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1));
  if (value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // defineProperty, not assignment: a server's "__proto__" key must stay a plain key.
    Object.defineProperty(out, redactText(k, secrets), {
      value: redactDeep(v, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** True when a text holds any form of any of the secrets (tests and guards). */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
  const pattern = patternFor(secrets);
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}
