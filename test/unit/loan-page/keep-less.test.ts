import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GetCustomerResponse, GetLoanResponse } from '../../../shared/credgenics';
import { generateDataset } from '../../../electron/sandbox/data/generate';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { putLoans, getLoan } from '../../../renderer/src/db/loans';
import { setPlaintextForTests } from '../../../renderer/src/db/crypto/keyring';
import { maskAadhaarForStorage, maskForStorage } from '../../../renderer/src/features/loans/keep-less';
import { cachedLoan, getLoanExample } from './fixtures';

const dataset = generateDataset({ seed: 13, loanCount: 300, creditLineCount: 40, now: new Date(Date.UTC(2026, 10, 20)) });
const digitsOf = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/** Every value under a key naming Aadhaar, anywhere in the answer. */
function aadhaarValues(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => aadhaarValues(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/aadha?r/i.test(k) && (typeof v === 'string' || typeof v === 'number')) out.push(String(v));
      else aadhaarValues(v, out);
    }
  }
  return out;
}

/** The full number in any of the ways it is written: 12 digits, grouped by spaces or hyphens. */
const writtenForms = (digits: string) => [digits, digits.replace(/(\d{4})(?=\d)/g, '$1 '), digits.replace(/(\d{4})(?=\d)/g, '$1-')];

describe('maskForStorage on the sandbox book', () => {
  it('the sandbox gives its generated borrowers real-looking Aadhaar numbers (so the check below means something)', () => {
    const aadhaars = aadhaarValues([...dataset.loans, ...dataset.customers]).map(digitsOf).filter((d) => d.length === 12);
    expect(aadhaars.length).toBeGreaterThanOrEqual(340);
    expect(JSON.stringify(dataset.loans)).toContain(aadhaars[0]);
  });

  it('leaves no 12-digit Aadhaar in any stored answer, only the last 4 digits', () => {
    const answers = [...dataset.loans.map((l) => GetLoanResponse.parse(l)), ...dataset.customers.map((c) => GetCustomerResponse.parse(c))];
    for (const answer of answers) {
      const masked = maskForStorage(answer);
      const text = JSON.stringify(masked);
      const originals = aadhaarValues(answer).map(digitsOf).filter((d) => d.length === 12);
      for (const original of originals) {
        for (const form of writtenForms(original)) expect(text).not.toContain(form);
        expect(text).toContain(`XXXX XXXX ${original.slice(-4)}`);
      }
      for (const value of aadhaarValues(masked)) expect(digitsOf(value).length).toBeLessThanOrEqual(4);
    }
  });

  it('does not change the answer it was given, and everything else in it stays', () => {
    const answer = GetLoanResponse.parse(dataset.loans[1]);
    const before = structuredClone(answer);
    const masked = maskForStorage(answer);
    expect(answer).toEqual(before);
    expect({ ...masked.loan_details, applicant_aadhar_number: null }).toEqual({ ...before.loan_details, applicant_aadhar_number: null });
    expect(masked.loan_details?.applicant_pan_number).toBe(before.loan_details?.applicant_pan_number);
  });
});

describe('maskForStorage finds Aadhaar wherever a lender put it', () => {
  const snapshot = {
    loan_details: {
      applicant_aadhar_number: '2354 9867 1293',
      applicant_aadhaar: 235498671294,
      co_applicant: [{ co_applicant_name: 'Sita', co_applicant_aadhaar_number: '3456-7890-1235', co_applicant_contact_number: '9876543210' }],
      custom_kyc: { AADHAR: { number: '456789012346', name: 'Sita' } },
      document_details: [{ document_type: 'Aadhaar card', document_number: '567890123457' }, { document_type: 'PAN', document_number: 'ADJIY3516D' }],
      loan_account_number: '123456789012',
    },
  };

  it('masks every one and keeps what is not Aadhaar (phones, PAN, a 12-digit account number)', () => {
    const text = JSON.stringify(maskForStorage(snapshot));
    for (const full of ['235498671293', '2354 9867 1293', '235498671294', '3456-7890-1235', '456789012346', '567890123457']) expect(text).not.toContain(full);
    for (const last4 of ['1293', '1294', '1235', '2346', '3457']) expect(text).toContain(`XXXX XXXX ${last4}`);
    expect(text).toContain('9876543210');
    expect(text).toContain('ADJIY3516D');
    expect(text).toContain('123456789012');
    expect(text).toContain('"name":"Sita"');
  });

  it('masking twice changes nothing, and values that are not numbers stay', () => {
    const once = maskForStorage(snapshot);
    expect(maskForStorage(once)).toEqual(once);
    expect(maskAadhaarForStorage('')).toBe('');
    expect(maskAadhaarForStorage('NA')).toBe('NA');
  });
});

describe('putLoans stores the masked answer', () => {
  // With encryption switched off (a test-only switch): masking alone must keep the number off the disk.
  it('the raw IndexedDB record holds the last 4 digits only, even without encryption', async () => {
    const name = `keepless-${process.pid}-${Date.now()}`;
    const db = new FieldDeskDb(name);
    const loan = cachedLoan(getLoanExample({ applicant_aadhar_number: '235498671293' }));
    setPlaintextForTests(true);
    try {
      await putLoans(db, [loan]);
    } finally {
      setPlaintextForTests(false);
    }
    db.close();
    const raw = await new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
        all.onsuccess = () => {
          open.result.close();
          resolve(all.result);
        };
        all.onerror = () => reject(all.error);
      };
    });
    expect(raw).toHaveLength(1);
    const text = JSON.stringify(raw);
    expect(text).not.toContain('235498671293');
    expect(text).toContain('XXXX XXXX 1293');
    // The caller's copy is untouched: what is on screen now is not rewritten under it.
    expect(JSON.stringify(loan.snapshot)).toContain('235498671293');
  });
});

describe('putLoans with the encrypted store', () => {
  it('the loan read back (decrypted) holds the last 4 digits only', async () => {
    const db = new FieldDeskDb(`keepless-sealed-${process.pid}-${Date.now()}`);
    await putLoans(db, [cachedLoan(getLoanExample({ applicant_aadhar_number: '2354 9867 1293' }))]);
    const text = JSON.stringify((await getLoan(db, '2954'))?.snapshot);
    expect(text).toContain('XXXX XXXX 1293');
    expect(text).not.toMatch(/2354\s?9867\s?1293/);
    db.close();
  });
});
