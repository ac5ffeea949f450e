import { describe, expect, it } from 'vitest';
import { createVault } from '../../electron/main/services/vault';
import { createMemoryStore } from '../../electron/main/services/ports';
import { silentLogger } from '../../electron/main/services/log';
import { createFakeCipher } from '../support/fake-cipher';

const TOKEN = 'cg-live-token-0123456789abcdef';
const PASSWORD = 'S3cret-Passw0rd!';

describe('vault', () => {
  it('encrypts secrets at rest and reads them back after a restart', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher({ backend: 'gnome_libsecret' });
    const vault = createVault({ cipher, store, log: silentLogger });
    vault.set('credgenics', { token: TOKEN });
    vault.set('glaas', { username: 'agent7', password: PASSWORD });

    const onDisk = JSON.stringify(store.dump());
    expect(onDisk).not.toContain(TOKEN);
    expect(onDisk).not.toContain(PASSWORD);
    expect(onDisk).not.toContain('agent7');

    // A restart: new vault over the same store, same OS key.
    const again = createVault({ cipher: createFakeCipher({ backend: 'gnome_libsecret', key: cipher.key }), store, log: silentLogger });
    expect(again.get('credgenics')).toEqual({ token: TOKEN });
    expect(again.get('glaas')).toEqual({ username: 'agent7', password: PASSWORD });
    expect(again.status()).toMatchObject({ secure: true, persistent: true, unreadable: false });
  });

  it('keeps secrets for the session only on basic_text until the user accepts weaker storage', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher({ backend: 'basic_text' });
    const vault = createVault({ cipher, store, log: silentLogger });
    vault.set('credgenics', { token: TOKEN });
    expect(vault.get('credgenics')).toEqual({ token: TOKEN });
    expect(vault.status()).toMatchObject({ backend: 'basic_text', secure: false, persistent: false });
    expect(store.get('vault.credgenics')).toBeUndefined();

    const restarted = createVault({ cipher, store, log: silentLogger });
    expect(restarted.isConfigured('credgenics')).toBe(false);

    vault.setWeakStorageAccepted(true);
    expect(store.get('vault.credgenics')).toBeDefined();
    expect(vault.status()).toMatchObject({ weakStorageAccepted: true, persistent: true });
    expect(createVault({ cipher, store, log: silentLogger }).get('credgenics')).toEqual({ token: TOKEN });

    // Withdrawing consent wipes what was weakly stored.
    vault.setWeakStorageAccepted(false);
    expect(store.get('vault.credgenics')).toBeUndefined();
    expect(vault.get('credgenics')).toEqual({ token: TOKEN }); // still usable this session
  });

  it('never writes secrets when encryption is unavailable, even if weak storage was accepted', () => {
    const store = createMemoryStore({ 'vault.weakStorageAccepted': true });
    const vault = createVault({ cipher: createFakeCipher({ backend: 'unavailable' }), store, log: silentLogger });
    vault.set('glaas', { username: 'u', password: PASSWORD });
    expect(vault.status()).toMatchObject({ backend: 'unavailable', persistent: false });
    expect(JSON.stringify(store.dump())).not.toContain(PASSWORD);
    expect(vault.get('glaas')?.password).toBe(PASSWORD);
  });

  it('says so, instead of failing, when stored secrets cannot be decrypted (key ring changed)', () => {
    const store = createMemoryStore();
    createVault({ cipher: createFakeCipher(), store, log: silentLogger }).set('credgenics', { token: TOKEN });
    const other = createVault({ cipher: createFakeCipher(), store, log: silentLogger }); // a different key
    expect(other.isConfigured('credgenics')).toBe(false);
    expect(other.status().unreadable).toBe(true);
    other.set('credgenics', { token: 'new-token-value' });
    expect(other.status().unreadable).toBe(false);
  });

  it('removes secrets from memory and disk, and lists known secrets for redaction', () => {
    const store = createMemoryStore();
    const vault = createVault({ cipher: createFakeCipher(), store, log: silentLogger });
    vault.set('credgenics', { token: TOKEN });
    vault.set('glaas', { username: 'agent7', password: PASSWORD });
    expect(vault.knownSecrets().sort()).toEqual([PASSWORD, TOKEN].sort());
    vault.remove('credgenics');
    expect(vault.isConfigured('credgenics')).toBe(false);
    expect(store.get('vault.credgenics')).toBeUndefined();
    expect(vault.knownSecrets()).toEqual([PASSWORD]);
  });
});
