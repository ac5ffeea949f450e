/**
 * Bundled for Chromium by capture.ts: the app's own captureVisit on the browser's real
 * IndexedDB with strict durability, timed per save.
 */
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit } from '../../renderer/src/features/collections/capture';
import { installRawKeys, setPlaintextForTests } from '../../renderer/src/db/crypto/keyring';

declare global {
  interface Window {
    benchCapture(runs: number, sealed?: boolean): Promise<number[]>;
  }
}

window.benchCapture = async (runs: number, sealed = true) => {
  // As after an unlock; `sealed: false` is the same save without encryption, for the overhead.
  installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: crypto.getRandomValues(new Uint8Array(32)) });
  setPlaintextForTests(!sealed);
  const db = new FieldDeskDb(`bench-capture-${Date.now()}`);
  await db.open();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await captureVisit(
      db,
      {
        loanId: `FD${100001 + (i % 50)}`,
        allocationMonth: '2026-11-01',
        borrowerName: 'Bench Borrower',
        purpose: 'scheduled',
        met: true,
        whoMet: 'borrower',
        outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
        payment: { amount: 1000 + i, method: 'cash' },
        remarks: 'Paid at the door',
        agent: { email: 'bench@lender.test', name: 'Bench' },
      },
      { now: Date.now() },
    );
    samples.push(performance.now() - started);
  }
  const saved = await db.outbox.count();
  db.close();
  if (saved !== runs) throw new Error(`saved ${saved} of ${runs}`);
  return samples;
};
