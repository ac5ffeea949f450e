import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CipherPort } from '../../electron/main/services/ports';

/**
 * Stands in for Electron's safeStorage: real AES-256-GCM with a per-instance key (so the cipher
 * text never contains the secret), and a backend name the test chooses ('gnome_libsecret',
 * 'basic_text', 'unavailable'...). `key` can be shared to simulate a restart on the same machine.
 */
export function createFakeCipher(options: { backend?: string; key?: Buffer } = {}): CipherPort & { key: Buffer } {
  const key = options.key ?? randomBytes(32);
  const backend = options.backend ?? 'gnome_libsecret';
  return {
    key,
    isEncryptionAvailable: () => backend !== 'unavailable',
    backend: () => backend,
    encrypt(plain) {
      if (backend === 'unavailable') throw new Error('Encryption is not available');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const buf = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
