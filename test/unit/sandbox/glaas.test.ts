import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox';
import { glaas, glaasLogin, linkedLoan, manualClock, repaymentLine, smallSandbox } from './helpers';

let sb: Sandbox;
const clock = manualClock();
let session: string;

beforeAll(async () => {
  sb = await smallSandbox({ now: clock.now, repaymentSettleMs: 5000 });
  session = await glaasLogin(sb);
});
afterAll(() => sb.close());

const login = (username: string, password: string) =>
  fetch(`${sb.glaasAuthUrl}/public/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

describe('GLAAS login and sessions', () => {
  it('answers the documented login shape', async () => {
    const res = await login('training', 'training');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toMatchObject({ username: 'training', redirectPath: null, user: { username: 'training', partnerId: 0 } });
  });

  it('refuses wrong credentials', async () => {
    const res = await login('training', 'nope');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: 'Invalid username or password' });
  });

  it('needs a live sessionId header on every API call', async () => {
    for (const s of [null, 'not-a-session']) {
      const res = await glaas(sb, s, 'POST', '/lms/repaymentStatus', { uid: ['x'] });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'Session expired or invalid' });
    }
  });

  it('expires a session after its TTL on the injected clock', async () => {
    sb.setFaults({ sessionTtlMs: 60_000 });
    const s = await glaasLogin(sb);
    clock.advance(59_000);
    expect((await glaas(sb, s, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(200);
    clock.advance(2_000);
    expect((await glaas(sb, s, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(401);
    sb.resetFaults();
    session = await glaasLogin(sb);
  });

  it('drops every session at once with expireSessionsNow, and a new login works', async () => {
    const s = await glaasLogin(sb);
    sb.setFaults({ expireSessionsNow: true });
    expect(sb.state.activeSessionCount()).toBe(0);
    expect((await glaas(sb, s, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(401);
    session = await glaasLogin(sb);
    expect((await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(200);
    expect(sb.state.faults.expireSessionsNow).toBeUndefined();
  });
});

describe('Line details and schedules', () => {
  it('answers LineDetails for the array-wrapped request and for a bare object', async () => {
    const link = linkedLoan(sb);
    const wrapped = await glaas(sb, session, 'POST', '/lms/lineDetails', [{ requestFlowIds: [link.requestFlowId, 999_999], paymentDate: '15/03/2026' }]);
    expect(wrapped.status).toBe(200);
    expect(wrapped.body).toHaveLength(1); // the unknown id is left out
    const line = wrapped.body[0];
    expect(line).toMatchObject({ requestFlowId: link.requestFlowId, payment_date: '15/03/2026' });
    for (const key of ['total_pos', 'limit_available', 'limit_sanctioned', 'limit_utilized', 'total_overdue', 'total_interest_charges_overdue']) {
      expect(typeof line[key]).toBe('number');
    }
    const sub = line.sub_loans[0];
    expect(sub.loan_id).toBe(link.glaasLoanId);
    expect(sub.closure_amount).toMatch(/^\d+\.\d{1,2}$/);
    expect(sub.next_installment_date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(Object.keys(sub.overdue).sort()).toEqual(
      ['charge_gst', 'charges', 'delayed_interest', 'interest', 'penalty', 'penalty_gst', 'principal', 'total_interest_charges_overdue', 'total_overdue'].sort(),
    );

    const bare = await glaas(sb, session, 'POST', '/lms/lineDetails', { requestFlowIds: [String(link.requestFlowId)], paymentDate: '15/03/2026' });
    expect(bare.body).toEqual(wrapped.body);
  });

  it('rejects a bad paymentDate', async () => {
    const res = await glaas(sb, session, 'POST', '/lms/lineDetails', [{ requestFlowIds: [1], paymentDate: '2026-03-15' }]);
    expect(res.status).toBe(400);
    expect(res.body.errorMessage.status).toBe('Rejected');
  });

  it('serves the documented schedule shape, with moratorium months where the loan has them', async () => {
    const withMoratorium = sb.state.dataset.lines.flatMap((l) => l.subLoans).find((s) => s.moratoriumMonths > 0);
    expect(withMoratorium).toBeDefined();
    const res = await glaas(sb, session, 'GET', `/lms/repaymentSchedule/${withMoratorium!.loanId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ loanId: withMoratorium!.loanId, deleted: false });
    expect(Object.keys(res.body.id)).toEqual(['timestamp', 'machineIdentifier', 'processIdentifier', 'counter', 'time', 'date', 'timeSecond']);
    const schedule = res.body.principal_schedule as { due_principal: number; is_moratorium: boolean; date: string }[];
    expect(schedule.filter((e) => e.is_moratorium)).toHaveLength(withMoratorium!.moratoriumMonths);
    expect(schedule.slice(0, withMoratorium!.moratoriumMonths).every((e) => e.is_moratorium && e.due_principal === 0)).toBe(true);
    expect(schedule.reduce((s, e) => s + e.due_principal, 0)).toBe(withMoratorium!.principal);

    expect((await glaas(sb, session, 'GET', '/lms/repaymentSchedule/1')).status).toBe(404);
  });
});

describe('Repayments', () => {
  it('accepts lines by uid, keeps duplicates, and rejects bad lines with a reason', async () => {
    const link = linkedLoan(sb);
    const other = sb.state.links.find((l) => l.requestFlowId !== link.requestFlowId)!;
    const rfid = link.requestFlowId;
    const res = await glaas(sb, session, 'POST', '/lms/loanRepayment', [
      {
        callBackUrl: ' ',
        repaymentDetails: [
          repaymentLine({ requestFlowId: rfid, loanId: link.glaasLoanId, uid: 'dup-1' }),
          repaymentLine({ requestFlowId: rfid, uid: 'dup-1' }),
          repaymentLine({ requestFlowId: 123, uid: 'r-unknown' }),
          repaymentLine({ requestFlowId: rfid, loanId: other.glaasLoanId, uid: 'r-wrong-loan' }),
          repaymentLine({ requestFlowId: rfid, amount: 0, uid: 'r-zero' }),
          repaymentLine({ requestFlowId: rfid, paymentMode: 'CASH', uid: 'r-mode' }),
          repaymentLine({ requestFlowId: rfid, type: 'EMI', uid: 'r-type' }),
          repaymentLine({ requestFlowId: rfid, date: '31/02/2026', uid: 'r-date' }),
        ],
      },
    ]);
    expect(res.status).toBe(200);
    const byUid = (uid: string) => (res.body as { uid: string; status: string; message: string; requestFlowId: string }[]).filter((r) => r.uid === uid);
    expect(byUid('dup-1')).toEqual([
      { requestFlowId: String(rfid), status: 'Accepted', message: 'Your request has been submitted successfully', uid: 'dup-1' },
      { requestFlowId: String(rfid), status: 'Accepted', message: 'Your request has been submitted successfully', uid: 'dup-1' },
    ]);
    expect(byUid('r-unknown')[0]).toMatchObject({ status: 'Rejected', message: 'Unknown requestFlowId 123' });
    expect(byUid('r-wrong-loan')[0]!.message).toMatch(/does not belong/);
    for (const uid of ['r-zero', 'r-mode', 'r-type', 'r-date']) expect(byUid(uid)[0]!.status).toBe('Rejected');

    expect(sb.state.repaymentCount('dup-1')).toBe(2);
    expect(sb.state.repaymentCount('r-zero')).toBe(0);
    expect(sb.state.rejectedRepayments.map((r) => r.uid)).toEqual(expect.arrayContaining(['r-unknown', 'r-wrong-loan', 'r-zero', 'r-mode', 'r-type', 'r-date']));
  });

  it('refuses a malformed body whole with HTTP 400', async () => {
    const rfid = linkedLoan(sb).requestFlowId;
    const count = sb.state.repayments.length;
    const bare = await glaas(sb, session, 'POST', '/lms/lineRepayment', { callBackUrl: '', repaymentDetails: [repaymentLine({ requestFlowId: rfid })] });
    expect(bare.status).toBe(400);
    expect(bare.body.errorMessage.status).toBe('Rejected');
    expect(Array.isArray(bare.body.errorMessage.message)).toBe(true);

    const lines = Array.from({ length: 101 }, (_, i) => repaymentLine({ requestFlowId: rfid, uid: `many-${i}` }));
    const many = await glaas(sb, session, 'POST', '/lms/lineRepayment', [{ callBackUrl: '', repaymentDetails: lines }]);
    expect(many.status).toBe(400);
    expect(many.body.errorMessage.message[0]).toMatch(/100/);
    expect(sb.state.repayments.length).toBe(count);
  });

  it('reports READY_FOR_PAYMENT, then ACCEPTED once the settle time passes; unknown uids are left out', async () => {
    const rfid = linkedLoan(sb).requestFlowId;
    await glaas(sb, session, 'POST', '/lms/lineRepayment', [{ callBackUrl: '', repaymentDetails: [repaymentLine({ requestFlowId: rfid, uid: 'settle-1', amount: 110.5 })] }]);
    const first = await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: ['settle-1', 'never-sent'] });
    expect(first.body).toEqual([
      { requestFlowId: rfid, amount: 110.5, paymentMode: 'UPI', date: '15/03/2026', comment: 'cash deposit at branch', uid: 'settle-1', status: 'READY_FOR_PAYMENT' },
    ]);
    clock.advance(4_999);
    expect((await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: ['settle-1'] })).body[0].status).toBe('READY_FOR_PAYMENT');
    clock.advance(1);
    expect((await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: ['settle-1'] })).body[0].status).toBe('ACCEPTED');
  });

  it('lowers the overdue in line details once a service repayment is in', async () => {
    const link = sb.state.links.filter((l) => l.kind === 'loan')[3]!;
    const ask = async () =>
      (await glaas(sb, session, 'POST', '/lms/lineDetails', [{ requestFlowIds: [link.requestFlowId], paymentDate: '15/03/2026' }])).body[0];
    const before = await ask();
    await glaas(sb, session, 'POST', '/lms/loanRepayment', [{ callBackUrl: '', repaymentDetails: [repaymentLine({ requestFlowId: link.requestFlowId, loanId: link.glaasLoanId, uid: 'od-1', amount: 100 })] }]);
    const after = await ask();
    const owed = (l: any) => l.total_overdue + l.total_interest_charges_overdue;
    expect(owed(after)).toBeCloseTo(owed(before) - 100, 2);
  });
});

describe('Documents', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 300 }, (_, i) => (i * 37) % 256)]);

  async function upload(rfid: number | string, files: [string, Uint8Array, string, string][]) {
    const form = new FormData();
    for (const [field, bytes, name, type] of files) form.append(field, new Blob([Buffer.from(bytes)], { type }), name);
    const res = await fetch(`${sb.glaasApiUrl}/los/document/upload?requestFlowId=${rfid}`, { method: 'POST', headers: { sessionId: session }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('stores each part with its bytes and sha256 and answers one record per file', async () => {
    const rfid = linkedLoan(sb).requestFlowId;
    const res = await upload(rfid, [
      ['', jpeg, 'pan-card.jpg', 'image/jpeg'],
      ['', new Uint8Array(), 'empty.png', 'image/png'],
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    const [photo, empty] = res.body;
    expect(photo.requestFlowId).toBe(rfid);
    expect(photo.gfile.documentName).toMatch(/^[0-9a-f-]{36}\.jpg$/);
    expect(photo.gfile.documentSource).toMatch(/^https:\/\/.+\.jpg$/);
    expect(photo.gfile.ocrJson.error).toBeNull();
    expect(photo.gfile.ocrJson.fields.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['acc_no', 'bank_name', 'name', 'pan']));
    expect(empty.gfile.ocrJson.error).toMatch(/empty/i);
    expect(empty.gfile.ocrJson.fields).toEqual([]);

    const stored = sb.state.documents.at(-2)!;
    expect(stored).toMatchObject({ requestFlowId: rfid, filename: 'pan-card.jpg', contentType: 'image/jpeg', size: jpeg.length });
    expect(Buffer.from(stored.bytes).equals(Buffer.from(jpeg))).toBe(true);
    expect(stored.sha256).toBe(createHash('sha256').update(jpeg).digest('hex'));

    // The same photo reads the same; unreadable bytes fail OCR.
    const again = await upload(rfid, [['37', jpeg, 'again.jpg', 'image/jpeg'], ['37', new TextEncoder().encode('hello'), 'notes.txt', 'text/plain']]);
    expect(again.body[0].gfile.ocrJson.fields).toEqual(photo.gfile.ocrJson.fields);
    expect(again.body[1].gfile.ocrJson.error).toMatch(/unreadable/i);
  });

  it('refuses an unknown requestFlowId or a body that is not multipart', async () => {
    expect((await upload(424242, [['', jpeg, 'a.jpg', 'image/jpeg']])).status).toBe(400);
    const res = await glaas(sb, session, 'POST', `/los/document/upload?requestFlowId=${linkedLoan(sb).requestFlowId}`, { file: 'x' });
    expect(res.status).toBe(400);
  });

  it('serves the loan document as a PDF naming the borrower', async () => {
    const link = linkedLoan(sb);
    const name = sb.state.loan(link.credgenicsId)!.loan_details.applicant_name;
    const res = await fetch(`${sb.glaasApiUrl}/los/document/download`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', sessionId: session },
      body: JSON.stringify({ requestFlowId: String(link.requestFlowId), docName: 'LOAN_DOCUMENT' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain(name);
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
  });

  it('lets a new application be created, sanctioned and given documents', async () => {
    const created = await glaas(sb, session, 'POST', '/los/application', {
      ...APPLICATION_EXAMPLE,
      contacts: [{ ...APPLICATION_EXAMPLE.contacts[0], firstName: 'Meena', lastName: 'Iyer', gender: 'Female' }],
    });
    expect(created.status).toBe(200);
    const rfid = Number(created.body.successMessage.requestFlowId);
    expect((await upload(rfid, [['', jpeg, 'aadhaar.jpg', 'image/jpeg']])).status).toBe(200);
    const sanction = await glaas(sb, session, 'POST', '/lms/sanctionLine', { requestFlowIds: [rfid, 5] });
    expect(sanction.body).toEqual([
      { requestFlowId: rfid, status: 'Accepted', message: 'Application has been successfully sanctioned' },
      { requestFlowId: 5, status: 'Rejected', message: 'Unknown requestFlowId 5' },
    ]);
    const bad = await glaas(sb, session, 'POST', '/los/application', { purpose: 'Holiday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errorMessage.message.length).toBeGreaterThan(1);
  });

  it('holds Create Application to the Contact, Address, BankDetail, Firm and ProposalDetail tables', async () => {
    const session = await glaasLogin(sb);
    const example = await glaas(sb, session, 'POST', '/los/application', APPLICATION_EXAMPLE);
    expect(example.status).toBe(200);
    const contact = APPLICATION_EXAMPLE.contacts[0]!;
    const before = sb.state.applications.length;
    const bad = await glaas(sb, session, 'POST', '/los/application', {
      ...APPLICATION_EXAMPLE,
      applicationNumber: 'A'.repeat(51),
      contacts: [{ ...contact, applicantType: 'Guarantor', maritalStatus: 'Divorced', address: [{ ...contact.address[0], pincode: 12345 }], bankDetails: [] }],
      firms: [{ ...APPLICATION_EXAMPLE.firms[0], firmType: 'Trust', yearOfIncorporation: '80' }],
      proposalDetail: { ...APPLICATION_EXAMPLE.proposalDetail, paymentMode: 'Barter', proposalAcceptedDate: '2020-07-28', roi: '9%' },
    });
    expect(bad.status).toBe(400);
    const reasons: string[] = bad.body.errorMessage.message;
    for (const field of ['applicationNumber', 'applicantType', 'maritalStatus', 'pincode', 'bankDetails', 'firmType', 'yearOfIncorporation', 'paymentMode', 'proposalAcceptedDate', 'roi']) {
      expect(reasons.some((r) => r.startsWith(`Invalid ${field} details`)), field).toBe(true);
    }
    expect(sb.state.applications.length).toBe(before);
  });

  it('needs username and password as strings to log in, and callBackUrl on every repayment batch', async () => {
    const login = await fetch(`${sb.glaasAuthUrl}/public/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x' }),
    });
    expect(login.status).toBe(400);
    expect(((await login.json()) as { errorMessage: { message: string[] } }).errorMessage.message).toEqual(['password is required: a string']);
    const session = await glaasLogin(sb);
    const line = sb.state.dataset.links[0]!;
    const res = await glaas(sb, session, 'POST', '/lms/loanRepayment', [
      { repaymentDetails: [{ requestFlowId: line.requestFlowId, amount: 100, type: 'service', paymentMode: 'UPI', date: '01/03/2026', uid: 'no-callback' }] },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errorMessage.message).toEqual(['callBackUrl is required: a string']);
    expect(sb.state.repaymentCount('no-callback')).toBe(0);
  });
});

/** The document's Create Application example, as it stands (its firm ids are shorter than the table says). */
const APPLICATION_EXAMPLE = {
  contacts: [
    {
      firstName: 'abc',
      middleName: null,
      lastName: 'def',
      emailId: 'abc@def.com',
      mobileNumber: '1234567890',
      alternateMobileNumber: null,
      gender: 'Male',
      dob: '28/09/1985',
      applicantType: 'Borrower',
      panNumber: 'ARDFF4567Y',
      aadhaarNumber: '123412341234',
      voterIdNumber: 'GF435SA',
      passportNumber: 'AB1234G',
      maritalStatus: 'Married',
      address: [{ addressLine1: 'No 123', addressLine2: 'Street1', addressLine3: 'Area1', landmark: 'Landmark1', pincode: 111111, addressType: 'Permanent', addressStatus: 'Rented', primaryAddress: true }],
      bankDetails: [{ accountNumber: '12342131234', ifscCode: 'ABC0001', bankId: 1, accountType: 'Saving Account', disbusermentAccount: true, repaymentAccount: true, chequeAccount: false }],
    },
  ],
  firms: [
    {
      firmName: 'Abc Pvt Ltd',
      firmType: 'Private Limited',
      gstnNumber: '28AADFG7899A',
      panNumber: 'VGDTY5546R',
      cinNumber: 'JHKJHJ68798769G',
      tanNumber: 'ABCABC',
      yearOfIncorporation: 1980,
      address: [{ addressLine1: 'No 1', addressLine2: 'Street 1', addressLine3: 'Area 1', landmark: 'Landmark 1', pincode: 111111, addressType: 'Present', addressStatus: 'Rented', primaryAddress: true }],
      bankDetails: [{ accountNumber: '1234352345', ifscCode: 'ABC0001', bankId: 1, accountType: 'Saving Account', disbusermentAccount: true, repaymentAccount: true, chequeAccount: true }],
    },
  ],
  proposalDetail: { tenure: 12, amountApproved: 0, amountDisbursed: 0, upFrontInterest: 0, penaltyPercentage: 0.0, nachLimit: 0, roi: 0.0, paymentMode: 'NACH', proposalAcceptedDate: '28/07/2020', insuranceAmount: 0.0, processingFee: 0.0, loanType: 'EXI' },
  applicationNumber: '1234ADF',
  purpose: 'Working Capital',
  loanAmount: 100000,
  source: '12',
  loanProductId: 1,
};
