import type { z } from 'zod';
import type { ApiError, Result } from '../../shared/result';
import { screenInput } from './input-gate';
import type { Logger } from './services/log';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
export type ChannelMap = Record<string, ChannelSpec>;

/** What a handler receives (after zod) and must answer (before zod checks it again). */
export type Handlers<C extends ChannelMap> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => Promise<Result<z.input<C[K]['output']>>>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

const rejected = (message: string, details?: Record<string, string>): Result<never> => ({
  ok: false,
  error: { kind: 'rejected', message, ...(details ? { details } : {}) } satisfies ApiError,
});

/**
 * The one gate every renderer request passes, in Electron (ipc.ts) and in the browser harness
 * alike: the channel must be on the allow-list, the input must parse with the contract's zod
 * schema, the handler must not throw across the boundary, and its answer must parse too.
 */
export function createDispatcher<C extends ChannelMap>(
  contract: C,
  handlers: Handlers<C>,
  log: Logger,
  /** Channels whose contract declares bytes (Uint8Array); everywhere else binary data is refused. */
  byteChannels: ReadonlySet<string> = new Set(),
): Dispatch {
  const allowed = new Set(Object.keys(contract));
  return async (channel, input) => {
    if (typeof channel !== 'string' || !allowed.has(channel) || !Object.hasOwn(contract, channel)) {
      log.warn('ipc: unknown channel refused', { channel: typeof channel === 'string' ? channel.slice(0, 60) : typeof channel });
      return rejected('FieldDesk does not know that request.');
    }
    const spec = contract[channel as keyof C] as ChannelSpec;
    // Plain data of bounded size only, before zod walks any of it (input-gate.ts).
    const screened = screenInput(input, { allowBytes: byteChannels.has(channel) });
    if (!screened.ok) {
      log.warn('ipc: input refused before checking', { channel, reason: screened.reason });
      return rejected(`FieldDesk refused this request: ${screened.reason}.`, { '(input)': screened.reason });
    }
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      // Report where the input was wrong, never the values: they may hold a password.
      const details: Record<string, string> = {};
      for (const issue of parsed.error.issues.slice(0, 20)) {
        details[issue.path.map(String).join('.') || '(input)'] = issue.message.slice(0, 200);
      }
      log.warn('ipc: input refused', { channel, fields: Object.keys(details) });
      return rejected('Some of the information is missing or not in the right form.', details);
    }
    let answer: Result<unknown>;
    try {
      const handler = handlers[channel as keyof C] as (i: unknown) => Promise<Result<unknown>>;
      answer = await handler(parsed.data);
    } catch (failure) {
      log.error('ipc: handler failed', { channel, failure });
      return {
        ok: false,
        error: { kind: 'server', message: 'FieldDesk hit an internal problem. Your saved work is safe; try again.' },
      };
    }
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
      log.error('ipc: handler answered without a Result', { channel });
      return { ok: false, error: { kind: 'bad-response', message: 'FieldDesk could not check its own answer.' } };
    }
    if (!answer.ok) return { ok: false, error: answer.error };
    const checked = spec.output.safeParse(answer.value);
    if (!checked.success) {
      log.error('ipc: answer did not match the contract', {
        channel,
        fields: checked.error.issues.slice(0, 10).map((i) => i.path.join('.')),
      });
      return { ok: false, error: { kind: 'bad-response', message: 'FieldDesk could not check its own answer.' } };
    }
    return { ok: true, value: checked.data };
  };
}
