import { describe, expect, it } from 'vitest';
import { trainingLoanIds } from '../../renderer/src/features/setup/training-allocation';
import { checkWho } from '../../renderer/src/features/setup/who';
import { loanIdFor } from '../../electron/sandbox/data/generate';

describe('first-run set-up', () => {
  it('asks for a name, a real email and the lender: a receipt needs all three', () => {
    expect(checkWho({ agentName: 'Ravi Kumar', agentEmail: 'ravi@lender.test', lenderName: 'Sahyog Finance Ltd' })).toEqual({});
    expect(checkWho({ agentName: ' ', agentEmail: 'ravi', lenderName: '' })).toEqual({
      agentName: 'setup.who.nameMissing',
      agentEmail: 'setup.who.emailInvalid',
      lenderName: 'setup.who.lenderMissing',
    });
    expect(checkWho({ agentName: 'x'.repeat(101), agentEmail: 'a@b.in', lenderName: 'L' }).agentName).toBe('setup.who.tooLong');
  });

  it('allocates loans the Training platforms really hold', () => {
    const ids = trainingLoanIds(3);
    expect(ids).toEqual([loanIdFor(0), loanIdFor(1), loanIdFor(2)]);
  });
});

describe('the Add-a-loan month box', () => {
  it('starts at this month in words ("Dec 2026"), which the box reads back as the allocation month', async () => {
    const { normalizeMonthInput, currentAllocationMonth } = await import('../../renderer/src/features/loans/import/month');
    const { formatMonthName } = await import('../../renderer/src/ui/format');
    const shown = formatMonthName(currentAllocationMonth(), 'en');
    expect(shown).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    expect(normalizeMonthInput(shown)).toBe(currentAllocationMonth());
  });
});
