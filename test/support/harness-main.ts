import { createMainApi, type MainApi } from '../../electron/main/api';
import type { Sandbox } from '../../electron/sandbox';
import { createLogger, type LogRecord } from '../../electron/main/services/log';
import { createMemoryStore, type FilesPort, type KeyValuePort } from '../../electron/main/services/ports';
import { createFakeCipher } from './fake-cipher';

/**
 * The real main-process API, running in the test process against the sandbox, with everything
 * it logs and everything it answers recorded so tests can search them for secrets.
 */
export interface HarnessMain {
  api: MainApi;
  logs: LogRecord[];
  /** Every answer sent towards the renderer, as JSON text. */
  answers: string[];
  /** Every secret the renderer handed over (tokens, passwords), for leak checks. */
  secretsSeen: Set<string>;
  invoke(channel: unknown, input: unknown): Promise<unknown>;
}

export function createHarnessMain(options: {
  sandbox: Pick<Sandbox, 'credgenicsBaseUrl' | 'credgenicsRootUrl' | 'glaasAuthUrl' | 'glaasApiUrl' | 'training'>;
  store?: KeyValuePort;
  backend?: string;
  /** Where saved receipts and reports go; without it the files channels answer not-configured. */
  files?: FilesPort;
  /** Replaces the network, e.g. to play "no connection" without stopping the sandbox. */
  fetch?: typeof globalThis.fetch;
}): HarnessMain {
  const logs: LogRecord[] = [];
  const answers: string[] = [];
  // Training credentials are public demo values (npm run sandbox prints them); only what a user
  // types in counts as a secret here.
  const secretsSeen = new Set<string>();
  let api: MainApi | undefined;
  const log = createLogger((r) => logs.push(r), () => api?.vault.knownSecrets() ?? []);
  api = createMainApi({
    store: options.store ?? createMemoryStore(),
    cipher: createFakeCipher({ backend: options.backend ?? 'gnome_libsecret' }),
    fetch: options.fetch ?? globalThis.fetch,
    log,
    appInfo: { version: '0.0.0-test', platform: process.platform, shell: 'harness' },
    training: { endpoints: async () => options.sandbox },
    files: options.files,
  });
  const main = api;
  return {
    api: main,
    logs,
    answers,
    secretsSeen,
    async invoke(channel, input) {
      if (input && typeof input === 'object') {
        const { token, password } = input as { token?: unknown; password?: unknown };
        if (channel === 'credentials.setCredgenics' && typeof token === 'string' && token.length >= 4) secretsSeen.add(token);
        if (channel === 'credentials.setGlaas' && typeof password === 'string' && password.length >= 4) secretsSeen.add(password);
      }
      const answer = await main.dispatch(channel, input);
      answers.push(JSON.stringify(answer));
      return answer;
    },
  };
}
