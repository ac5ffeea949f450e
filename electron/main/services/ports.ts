/**
 * Ports: the few things services need from the outside world. The Electron shell passes real
 * ones (safeStorage, electron-store); tests pass fakes, so every service runs under plain Node.
 */

/** Electron's safeStorage, reduced to what the vault uses. */
export interface CipherPort {
  isEncryptionAvailable(): boolean;
  /**
   * The OS key store in use. On Linux this is safeStorage.getSelectedStorageBackend()
   * ('basic_text', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6', 'unknown'); on Windows
   * and macOS, where the OS always provides one, pass 'dpapi' or 'keychain'.
   */
  backend(): string;
  encrypt(plain: string): Uint8Array;
  decrypt(cipher: Uint8Array): string;
}

/** electron-store, reduced to what services use. Values must be JSON-serialisable. */
export interface KeyValuePort {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValuePort & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}

/**
 * Where saved files go: the Electron shell shows a save dialog (and prints the window for PDFs);
 * the browser harness writes into a test folder. `undefined` name = the user cancelled.
 */
export interface FilesPort {
  savePdf(suggestedName: string): Promise<{ fileName: string } | undefined>;
  saveText(suggestedName: string, text: string): Promise<{ fileName: string } | undefined>;
  /** Saves bytes the renderer holds (a downloaded PDF) where the user chooses. */
  saveBytes?(suggestedName: string, bytes: Uint8Array): Promise<{ fileName: string } | undefined>;
  /** Opens a PDF in the laptop's own viewer (written to a private temporary folder first). */
  openPdf?(suggestedName: string, bytes: Uint8Array): Promise<void>;
}
