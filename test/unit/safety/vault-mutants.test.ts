import { describe, expect, it } from 'vitest';
import { createVault } from '../../../electron/main/services/vault';
import { createMemoryStore } from '../../../electron/main/services/ports';
import type { CipherPort } from '../../../electron/main/services/ports';
import { createLogger, type LogRecord } from '../../../electron/main/services/log';
import { createFakeCipher } from '../../support/fake-cipher';

/**
 * The vault's smaller rules, each pinned on its own: which key stores count as secure, what the
 * vault writes to its audit log (the lines and their fields), when it binds a secret to the
 * addresses in use, what withdrawing weak-storage consent deletes, and how many transient
 * secrets it keeps for the redactors. Mutation testing found each of these unchecked.
 */

const TOKEN = 'cg-live-token-0123456789abcdef';
const PASSWORD = 'S3cret-Passw0rd!';

function logged() {
  const records: LogRecord[] = [];
  const log = createLogger((r) => records.push(r));
  const lines = () => records.map((r) => ({ level: r.level, message: r.message, data: r.data }));
  return { log, records, lines };
}

describe('which key stores the vault trusts', () => {
  it.each(['keychain', 'dpapi', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])(
    '%s counts as secure: secrets are persisted without asking about weak storage',
    (backend) => {
      const store = createMemoryStore();
      const cipher = createFakeCipher({ backend });
      const vault = createVault({ cipher, store, log: logged().log });
      expect(vault.status()).toEqual({ backend, secure: true, weakStorageAccepted: false, persistent: true, unreadable: false });
      vault.set('credgenics', { token: TOKEN });
      expect(store.get('vault.credgenics')).toMatchObject({ backend });
      const again = createVault({ cipher: createFakeCipher({ backend, key: cipher.key }), store, log: logged().log });
      expect(again.get('credgenics')).toEqual({ token: TOKEN });
    },
  );

  it.each(['basic_text', 'unknown', ''])('"%s" is not secure: nothing is persisted without consent', (backend) => {
    const store = createMemoryStore();
    const vault = createVault({ cipher: createFakeCipher({ backend }), store, log: logged().log });
    expect(vault.status()).toMatchObject({ secure: false, persistent: false });
    vault.set('credgenics', { token: TOKEN });
    expect(store.get('vault.credgenics')).toBeUndefined();
  });

  it('a key store that throws when asked counts as "unavailable" (not secure, not persistent)', () => {
    const broken: CipherPort = {
      isEncryptionAvailable: () => {
        throw new Error('safeStorage is not ready');
      },
      backend: () => 'keychain',
      encrypt: () => {
        throw new Error('unreachable');
      },
      decrypt: () => {
        throw new Error('unreachable');
      },
    };
    const store = createMemoryStore({ 'vault.weakStorageAccepted': true });
    const vault = createVault({ cipher: broken, store, log: logged().log });
    expect(vault.status()).toEqual({ backend: 'unavailable', secure: false, weakStorageAccepted: true, persistent: false, unreadable: false });
    vault.set('glaas', { username: 'u', password: PASSWORD });
    expect(store.get('vault.glaas')).toBeUndefined();
    expect(vault.get('glaas')?.password).toBe(PASSWORD);
  });
});

describe('the weak-storage choice', () => {
  it('is kept under the store key "vault.weakStorageAccepted"', () => {
    const store = createMemoryStore();
    const vault = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store, log: logged().log });
    vault.setWeakStorageAccepted(true);
    expect(store.dump()).toEqual({ 'vault.weakStorageAccepted': true });
    vault.setWeakStorageAccepted(false);
    expect(store.dump()).toEqual({ 'vault.weakStorageAccepted': false });
  });

  it('an earlier "yes" under "vault.weakStorageAccepted" makes basic_text persistent from the start', () => {
    const store = createMemoryStore({ 'vault.weakStorageAccepted': true });
    const vault = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store, log: logged().log });
    expect(vault.status()).toMatchObject({ weakStorageAccepted: true, persistent: true });
    vault.set('credgenics', { token: TOKEN });
    expect(store.get('vault.credgenics')).toBeDefined();
  });

  it('withdrawing consent on a secure key store deletes nothing (those secrets were never weakly stored)', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher({ backend: 'keychain' });
    const vault = createVault({ cipher, store, log: logged().log });
    vault.set('credgenics', { token: TOKEN });
    vault.set('glaas', { username: 'agent7', password: PASSWORD });
    vault.setWeakStorageAccepted(false);
    expect(store.get('vault.credgenics')).toBeDefined();
    expect(store.get('vault.glaas')).toBeDefined();
    const again = createVault({ cipher: createFakeCipher({ backend: 'keychain', key: cipher.key }), store, log: logged().log });
    expect(again.get('glaas')).toEqual({ username: 'agent7', password: PASSWORD });
  });

  it('withdrawing consent on basic_text deletes both platforms\' stored secrets', () => {
    const store = createMemoryStore({ 'vault.weakStorageAccepted': true });
    const vault = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store, log: logged().log });
    vault.set('credgenics', { token: TOKEN });
    vault.set('glaas', { username: 'agent7', password: PASSWORD });
    vault.setWeakStorageAccepted(false);
    expect(store.dump()).toEqual({ 'vault.weakStorageAccepted': false });
  });
});

describe('what the vault writes to its audit log', () => {
  it('saving logs "vault: credentials saved" with the platform and whether it was persisted', () => {
    const { log, lines } = logged();
    const vault = createVault({ cipher: createFakeCipher({ backend: 'keychain' }), store: createMemoryStore(), log });
    vault.set('credgenics', { token: TOKEN });
    const weak = logged();
    createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store: createMemoryStore(), log: weak.log }).set('glaas', {
      username: 'u',
      password: PASSWORD,
    });
    expect(lines()).toEqual([{ level: 'info', message: 'vault: credentials saved', data: { platform: 'credgenics', persistent: true } }]);
    expect(weak.lines()).toEqual([{ level: 'info', message: 'vault: credentials saved', data: { platform: 'glaas', persistent: false } }]);
  });

  it('removing logs "vault: credentials removed" with the platform', () => {
    const { log, lines } = logged();
    const vault = createVault({ cipher: createFakeCipher(), store: createMemoryStore(), log });
    vault.remove('glaas');
    expect(lines()).toEqual([{ level: 'info', message: 'vault: credentials removed', data: { platform: 'glaas' } }]);
  });

  it('the weak-storage choice logs "vault: weak storage choice changed" with what was chosen', () => {
    const { log, lines } = logged();
    const vault = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store: createMemoryStore(), log });
    vault.setWeakStorageAccepted(true);
    vault.setWeakStorageAccepted(false);
    expect(lines()).toEqual([
      { level: 'info', message: 'vault: weak storage choice changed', data: { accepted: true } },
      { level: 'info', message: 'vault: weak storage choice changed', data: { accepted: false } },
    ]);
  });

  it('an undecryptable stored secret logs a warning with the platform and the backend that sealed it', () => {
    const store = createMemoryStore();
    createVault({ cipher: createFakeCipher({ backend: 'kwallet5' }), store, log: logged().log }).set('glaas', {
      username: 'u',
      password: PASSWORD,
    });
    const { log, lines } = logged();
    const other = createVault({ cipher: createFakeCipher({ backend: 'gnome_libsecret' }), store, log }); // another key
    expect(other.status().unreadable).toBe(true);
    expect(lines()).toEqual([
      { level: 'warn', message: 'vault: stored credentials could not be decrypted', data: { platform: 'glaas', backend: 'kwallet5' } },
    ]);
  });

  it('binding an old secret logs "vault: saved credentials bound to the addresses in use" with the origins', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher();
    const vault = createVault({ cipher, store, log: logged().log });
    vault.set('credgenics', { token: TOKEN }); // no origins: as saved by a build before host binding
    const { log, lines } = logged();
    const again = createVault({ cipher: createFakeCipher({ key: cipher.key }), store, log });
    again.adoptUnbound('credgenics', ['https://api.credgenics.com']);
    expect(lines()).toEqual([
      {
        level: 'info',
        message: 'vault: saved credentials bound to the addresses in use',
        data: { platform: 'credgenics', origins: ['https://api.credgenics.com'] },
      },
    ]);
  });
});

describe('reading what is stored', () => {
  it('a stored entry without string cipher text is ignored quietly: not "unreadable", no warning', () => {
    const { log, records } = logged();
    const store = createMemoryStore({ 'vault.credgenics': { data: 42, backend: 'keychain' }, 'vault.glaas': null });
    const vault = createVault({ cipher: createFakeCipher({ backend: 'keychain' }), store, log });
    expect(vault.isConfigured('credgenics')).toBe(false);
    expect(vault.isConfigured('glaas')).toBe(false);
    expect(vault.status().unreadable).toBe(false);
    expect(records).toEqual([]);
  });

  it('an empty store on a secure key store opens without a warning and is not "unreadable"', () => {
    const { log, records } = logged();
    const vault = createVault({ cipher: createFakeCipher({ backend: 'keychain' }), store: createMemoryStore(), log });
    expect(vault.status().unreadable).toBe(false);
    expect(records).toEqual([]);
  });
});

describe('binding a secret to origins', () => {
  it('a secret saved without origins has no bound origins (not an empty or made-up list)', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher();
    const vault = createVault({ cipher, store, log: logged().log });
    vault.set('credgenics', { token: TOKEN });
    expect(vault.boundOrigins('credgenics')).toBeUndefined();
    // And after a restart too: what was sealed carries no origins either.
    const again = createVault({ cipher: createFakeCipher({ key: cipher.key }), store, log: logged().log });
    expect(again.boundOrigins('credgenics')).toBeUndefined();
  });

  it('adoptUnbound leaves a secret that already has origins alone (memory, disk and log)', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher();
    const { log, records } = logged();
    const vault = createVault({ cipher, store, log });
    vault.set('credgenics', { token: TOKEN }, ['https://a.example']);
    const onDisk = store.get('vault.credgenics');
    records.length = 0;
    vault.adoptUnbound('credgenics', ['https://b.example']);
    expect(vault.boundOrigins('credgenics')).toEqual(['https://a.example']);
    expect(store.get('vault.credgenics')).toEqual(onDisk);
    expect(records).toEqual([]);
  });

  it('adoptUnbound does nothing without a secret, or without addresses to bind to', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher();
    const { log, records } = logged();
    const vault = createVault({ cipher, store, log });
    vault.adoptUnbound('glaas', ['https://glaas.example']); // no secret
    expect(vault.boundOrigins('glaas')).toBeUndefined();
    expect(store.get('vault.glaas')).toBeUndefined();

    vault.set('credgenics', { token: TOKEN });
    const onDisk = store.get('vault.credgenics');
    records.length = 0;
    vault.adoptUnbound('credgenics', undefined);
    vault.adoptUnbound('credgenics', []);
    expect(vault.boundOrigins('credgenics')).toBeUndefined();
    expect(store.get('vault.credgenics')).toEqual(onDisk);
    expect(records).toEqual([]);
  });

  it('adoptUnbound binds an unbound secret and seals the origins on disk', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher();
    const vault = createVault({ cipher, store, log: logged().log });
    vault.set('credgenics', { token: TOKEN });
    vault.adoptUnbound('credgenics', ['https://api.credgenics.com']);
    expect(vault.boundOrigins('credgenics')).toEqual(['https://api.credgenics.com']);
    const again = createVault({ cipher: createFakeCipher({ key: cipher.key }), store, log: logged().log });
    expect(again.boundOrigins('credgenics')).toEqual(['https://api.credgenics.com']);
  });
});

describe('transient secrets kept for the redactors', () => {
  const vaultWithNothing = () => createVault({ cipher: createFakeCipher(), store: createMemoryStore(), log: logged().log });

  it('the same transient secret noted twice is listed once; an empty one is not listed', () => {
    const vault = vaultWithNothing();
    vault.noteTransient('session-aaaa');
    vault.noteTransient('session-aaaa');
    vault.noteTransient('');
    expect(vault.knownSecrets()).toEqual(['session-aaaa']);
  });

  it('noting a secret already kept does not push an older one out', () => {
    const vault = vaultWithNothing();
    const ids = Array.from({ length: 8 }, (_, i) => `session-${i}`);
    for (const id of ids) vault.noteTransient(id);
    vault.noteTransient('session-0');
    expect(vault.knownSecrets()).toEqual(ids);
  });

  it('keeps the last 8: eight are all kept, a ninth pushes out the oldest', () => {
    const vault = vaultWithNothing();
    const ids = Array.from({ length: 9 }, (_, i) => `session-${i}`);
    for (const id of ids.slice(0, 8)) vault.noteTransient(id);
    expect(vault.knownSecrets()).toEqual(ids.slice(0, 8));
    vault.noteTransient(ids[8]!);
    expect(vault.knownSecrets()).toEqual(ids.slice(1));
  });
});
