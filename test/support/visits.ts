import type { VisitInput } from '../../renderer/src/features/collections/capture';

/** A visit with a cash payment, as the visit form would hand it to captureVisit. */
export function cashVisit(loanId: string, allocationMonth: string, amount: number, extra: Partial<VisitInput> = {}): VisitInput {
  return {
    loanId,
    allocationMonth,
    borrowerName: `Borrower ${loanId}`,
    purpose: 'scheduled',
    met: true,
    whoMet: 'borrower',
    outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
    payment: { amount, method: 'cash' },
    agent: { email: 'agent@lender.test', name: 'Agent' },
    ...extra,
  };
}
