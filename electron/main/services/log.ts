/**
 * The main process's logger port. Services log through this, never through console directly,
 * so every line passes the redactor: no token, password or session id reaches a log file.
 */
import { redactText } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export interface LogRecord {
  level: LogLevel;
  message: string;
  data?: Record<string, unknown>;
  at: number;
}

/** Keys whose values are never logged, whatever the caller passes. */
const SECRET_KEYS = /token|password|secret|sessionid|authorization|cookie|aadha?a?r|pan_number|^(new_?|current_?)?pin$|passphrase|datakey|sendkey/i;

/**
 * @param sink where redacted records go (console, a file, a test's array)
 * @param secrets returns the secrets known right now; each is replaced by [hidden] in any string
 */
export function createLogger(sink: (record: LogRecord) => void, secrets: () => readonly string[] = () => []): Logger {
  const write = (level: LogLevel, message: string, data?: Record<string, unknown>) => {
    const known = secrets().filter((s) => s && s.length >= 4);
    const record: LogRecord = { level, message: scrubString(message, known), at: Date.now() };
    if (data) record.data = scrubValue(data, known, 0) as Record<string, unknown>;
    sink(record);
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = createLogger(() => undefined);

/** Every form of every secret (raw, JSON-escaped, URL-encoded, base64): see redact.ts. */
function scrubString(text: string, secrets: readonly string[]): string {
  return redactText(text, secrets);
}

function scrubValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return scrubString(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1));
  if (value instanceof Error) return scrubString(`${value.name}: ${value.message}`, secrets);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A key can carry a secret too (a server that echoes it as a field name).
      Object.defineProperty(out, scrubString(k, secrets), {
        value: SECRET_KEYS.test(k) ? '[hidden]' : scrubValue(v, secrets, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/** The console sink of the Electron shell: one line per record, already redacted by the logger. */
export function consoleSink(record: LogRecord): void {
  const line = `[${new Date(record.at).toISOString()}] ${record.level} ${record.message}`;
  (record.level === 'error' ? console.error : console.log)(line, record.data ?? '');
}
