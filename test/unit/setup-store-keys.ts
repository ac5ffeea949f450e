import { installRawKeys } from '../../renderer/src/db/crypto/keyring';

/**
 * Every unit test's IndexedDB is sealed as the app's is: random store keys, as if the agent had
 * just unlocked. Tests about the lock itself forget and install keys on purpose.
 */
installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: crypto.getRandomValues(new Uint8Array(32)) });
