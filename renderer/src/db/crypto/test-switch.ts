import { api } from '../../api';
import { setPlaintextForTests } from './keyring';

declare global {
  interface Window {
    /** Set by the disk test's control run only (test/e2e/disk.spec.ts). */
    __FIELDDESK_PLAINTEXT_FOR_TESTS__?: boolean;
  }
}

/**
 * The disk test proves its search works by first running with sealing off. That switch is
 * honoured only when the main process is the browser harness: the Electron shell always answers
 * 'electron', so no page script can turn encryption off in the real app.
 */
export async function applyTestSwitches(): Promise<void> {
  if (window.__FIELDDESK_PLAINTEXT_FOR_TESTS__ !== true) return;
  const info = await api.app.info();
  if (info.ok && info.value.shell === 'harness') setPlaintextForTests(true);
}
