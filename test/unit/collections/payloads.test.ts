import { describe, expect, it } from 'vitest';
import type { VisitRecord } from '../../../renderer/src/features/collections/model';
import { contactPatch, paymentBody, paymentReference } from '../../../renderer/src/features/collections/payloads';
import { receiptNumberFor } from '../../../renderer/src/sync/ids';

// 21/11/2026 14:05:09 in India (08:35:09 UTC).
const AT = Date.UTC(2026, 10, 21, 8, 35, 9);

const visit = (payment: VisitRecord['payment'], agentEmail?: string): VisitRecord => ({
  id: '01KAFD0000ABCDEFGHJKMNPQRS',
  receiptNo: 'FD-KAFD-0000-ABCD',
  loanId: 'FD100001',
  allocationMonth: '2026-11-01',
  borrowerName: 'B',
  capturedAt: AT,
  day: '2026-11-21',
  purpose: 'scheduled',
  met: true,
  outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
  payment,
  agent: agentEmail ? { email: agentEmail } : {},
});

describe('Update Payment mapping', () => {
  it('cash: Partially Recovered, Field Collection, our receipt number, the agent, IST date and time', () => {
    const v = visit({ amount: 1500, method: 'cash' }, 'ravi@lender.test');
    const ref = paymentReference(v.payment!, v.receiptNo!);
    expect(ref).toBe('FD-KAFD-0000-ABCD');
    expect(paymentBody(v, v.payment!, ref)).toEqual({
      final_status: 'Partially Recovered',
      amount_recovered: 1500,
      recovery_method: 'Field Collection',
      payment_method: 'Cash',
      payment_mode: 'Cash',
      payment_reference_number: 'FD-KAFD-0000-ABCD',
      recovered_by: 'ravi@lender.test',
      recovery_date: '2026-11-21 14:05:09',
      payment_received_date: '2026-11-21',
    });
  });

  it('closing the loan sends Closed with closure_with; the split goes as recovered_<variable>', () => {
    const v = visit({ amount: 1000, method: 'cash', closure: 'NOC', split: { emi: 800, lateFee: 150, penalty: 50 } });
    expect(paymentBody(v, v.payment!, 'R')).toMatchObject({
      final_status: 'Closed',
      closure_with: 'NOC',
      recovered_expected_emi: 800,
      recovered_late_fee: 150,
      recovered_penalty: 50,
    });
  });

  it('instruments carry their own reference; a bank transfer without one falls back to the receipt', () => {
    expect(paymentReference({ amount: 1, method: 'cheque', cheque: { number: '004512', bank: 'SBI', date: '2026-11-20' } }, 'FD-R')).toBe('004512');
    expect(paymentReference({ amount: 1, method: 'upi', reference: '123456789012' }, 'FD-R')).toBe('123456789012');
    expect(paymentReference({ amount: 1, method: 'bank-transfer' }, 'FD-R')).toBe('FD-R');
    const v = visit({ amount: 1, method: 'bank-transfer', reference: 'NEFT123456' });
    expect(paymentBody(v, v.payment!, 'NEFT123456')).toMatchObject({ payment_method: 'Bank Account Transfer', payment_mode: 'Bank Transfer' });
  });

  it('a split that does not add up is refused at capture, never queued', () => {
    const v = visit({ amount: 1000, method: 'cash', split: { emi: 800, lateFee: 100, penalty: 50 } });
    expect(() => paymentBody(v, v.payment!, 'R')).toThrow(/add up/);
  });

  it('receipt numbers are short, readable and come from the outbox id', () => {
    expect(receiptNumberFor('01KAFD0000ABCDEFGHJKMNPQRS')).toBe('FD-KAFD-0000-PQRS');
    expect(() => receiptNumberFor('not-an-id')).toThrow();
  });
});

describe('Update Loan for what the agent learned', () => {
  it('adds the new number after the known ones, and the new address after the known addresses', () => {
    const { patch, skipped } = contactPatch(
      { phone: '9876543210', address: 'House 4, Main Road' },
      { phones: '9123456780', addresses: [{ applicant_address_type: 'Home', applicant_address_text: 'Old Street 1', applicant_pincode: '560001' }] },
    );
    expect(skipped).toEqual([]);
    expect(patch).toEqual({
      applicant_contact_number: '9123456780,9876543210',
      applicant_address: [
        { applicant_address_type: 'Home', applicant_address_text: 'Old Street 1', applicant_pincode: 560001 },
        { applicant_address_type: 'Home', applicant_address_text: 'House 4, Main Road' },
      ],
    });
  });

  it('a known landline cannot be sent back: the phone part is skipped with the reason, never thrown', () => {
    const { patch, skipped } = contactPatch({ phone: '9876543210' }, { phones: '022-23456789' });
    expect(patch).toBeUndefined();
    expect(skipped[0]).toMatch(/phone/);
  });

  it('a number Credgenics already has is not sent again', () => {
    expect(contactPatch({ phone: '9123456780' }, { phones: '9123456780' })).toEqual({ skipped: [] });
  });
});
