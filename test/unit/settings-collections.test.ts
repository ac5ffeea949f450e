import { describe, expect, it } from 'vitest';
import { CollectionSettings, SettingsPatch, defaultDispositions } from '../../shared/settings';
import {
  buildCollectionsPatch,
  codeFromLabel,
  defaultOutcomeRows,
  formChanged,
  formFromSettings,
  hasProblems,
  newOutcomeRow,
  validateCollectionForm,
  type CollectionForm,
} from '../../renderer/src/features/settings/collection-settings-form';
import { en } from '../../renderer/src/i18n/en';

const fresh = (): CollectionForm => formFromSettings(undefined);
const withRows = (form: CollectionForm, rows: Array<Partial<CollectionForm['outcomes'][number]>>): CollectionForm => ({
  ...form,
  outcomes: rows.map((row) => ({ ...newOutcomeRow(), ...row })),
});

describe('collections form: defaults', () => {
  it('shows the usual outcomes and empty fields when nothing was saved', () => {
    const form = fresh();
    expect(form).toMatchObject({
      agentEmail: '',
      agentName: '',
      lenderName: '',
      bifurcation: false,
      receiptEventName: '',
      receiptBotId: '',
      receiptSendTo: '',
    });
    expect(form.outcomes.map(({ code, label, needs }) => ({ code, label, needs }))).toEqual(defaultDispositions);
    expect(hasProblems(validateCollectionForm(form))).toBe(false);
    // Saving the untouched form stores exactly the defaults.
    expect(buildCollectionsPatch(form).dispositions).toEqual(defaultDispositions);
  });

  it('shows what was saved, and the defaults only for what was not', () => {
    const form = formFromSettings({
      agentEmail: 'asha@lender.in',
      bifurcation: true,
      dispositions: [{ code: 'PAID', label: 'Paid', needs: 'payment' }],
      receiptMessage: { eventName: 'receipt_sms' },
    });
    expect(form).toMatchObject({ agentEmail: 'asha@lender.in', agentName: '', bifurcation: true, receiptEventName: 'receipt_sms' });
    expect(form.outcomes).toEqual([expect.objectContaining({ code: 'PAID', label: 'Paid', needs: 'payment' })]);
    expect(formFromSettings({ dispositions: undefined }).outcomes).toHaveLength(defaultDispositions.length);
  });

  it('gives every row its own React key', () => {
    const keys = [...defaultOutcomeRows(), ...defaultOutcomeRows(), newOutcomeRow()].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('collections form: validation', () => {
  it('accepts an empty email (not set yet) and refuses a malformed one in plain words', () => {
    expect(validateCollectionForm({ ...fresh(), agentEmail: '  ' }).agentEmail).toBeUndefined();
    expect(validateCollectionForm({ ...fresh(), agentEmail: ' asha@lender.in ' }).agentEmail).toBeUndefined();
    for (const bad of ['asha', 'asha@', 'asha@lender', 'asha lender@x.in', '@lender.in']) {
      const problems = validateCollectionForm({ ...fresh(), agentEmail: bad });
      expect(problems.agentEmail, bad).toBe('settings.collections.emailInvalid');
      expect(hasProblems(problems)).toBe(true);
    }
    expect(en['settings.collections.emailInvalid']).toMatch(/email/);
  });

  it('needs at least one outcome, and one that asks for money', () => {
    expect(validateCollectionForm(withRows(fresh(), [])).outcomes).toBe('settings.collections.outcomesEmpty');
    const noMoney = withRows(fresh(), [
      { label: 'Promise to pay', needs: 'promise' },
      { label: 'Refused', needs: 'none' },
    ]);
    expect(validateCollectionForm(noMoney).outcomes).toBe('settings.collections.outcomesNoPayment');
    const oneMoney = withRows(fresh(), [{ label: 'Paid', needs: 'payment' }]);
    expect(hasProblems(validateCollectionForm(oneMoney))).toBe(false);
  });

  it('refuses more than fifty outcomes', () => {
    const many = withRows(
      fresh(),
      Array.from({ length: 51 }, (_, i) => ({ label: `Outcome ${i}`, needs: 'payment' as const })),
    );
    expect(validateCollectionForm(many).outcomes).toBe('settings.collections.outcomesTooMany');
  });

  it('marks the row with a missing name and the second of two rows with the same name', () => {
    const form = withRows(fresh(), [
      { key: 'a', label: 'Paid', needs: 'payment' },
      { key: 'b', label: '   ', needs: 'none' },
      { key: 'c', label: ' paid ', needs: 'none' },
      { key: 'd', label: 'Refused  to pay', needs: 'none' },
      { key: 'e', label: 'refused to PAY', needs: 'none' },
    ]);
    expect(validateCollectionForm(form).rows).toEqual({
      b: 'settings.collections.outcomeLabelMissing',
      c: 'settings.collections.outcomeLabelDuplicate',
      e: 'settings.collections.outcomeLabelDuplicate',
    });
  });

  it('asks for the bot id and send-to only when a receipt event is named', () => {
    expect(hasProblems(validateCollectionForm({ ...fresh(), receiptBotId: 'bot-1' }))).toBe(false);
    const named = validateCollectionForm({ ...fresh(), receiptEventName: 'payment_receipt' });
    expect(named.receiptBotId).toBe('settings.collections.receiptBotIdMissing');
    expect(named.receiptSendTo).toBe('settings.collections.receiptSendToMissing');
    const complete = { ...fresh(), receiptEventName: 'payment_receipt', receiptBotId: 'bot-1', receiptSendTo: 'applicant' };
    expect(hasProblems(validateCollectionForm(complete))).toBe(false);
  });

  it('has an English message for every problem it can name', () => {
    const keys = Object.keys(en).filter((k) => k.startsWith('settings.collections.'));
    for (const key of [
      'emailInvalid',
      'outcomesEmpty',
      'outcomesNoPayment',
      'outcomesTooMany',
      'outcomeLabelMissing',
      'outcomeLabelTooLong',
      'outcomeLabelDuplicate',
      'receiptBotIdMissing',
      'receiptSendToMissing',
      'somethingWrong',
    ]) {
      expect(keys).toContain(`settings.collections.${key}`);
    }
  });
});

describe('collections form: codes for new outcomes', () => {
  it('makes an upper-case code from the label', () => {
    expect(codeFromLabel('Asked for more time', [])).toBe('ASKED_FOR_MORE_TIME');
    expect(codeFromLabel('  Not home / door-locked!! ', [])).toBe('NOT_HOME_DOOR_LOCKED');
    expect(codeFromLabel('Café closed', [])).toBe('CAFE_CLOSED');
    expect(codeFromLabel('भुगतान किया', [])).toBe('OUTCOME');
    expect(codeFromLabel('x'.repeat(100), [])).toHaveLength(40);
  });

  it('never gives a code that is already taken', () => {
    expect(codeFromLabel('Paid full', ['PAID_FULL'])).toBe('PAID_FULL_2');
    expect(codeFromLabel('Paid full', ['PAID_FULL', 'PAID_FULL_2'])).toBe('PAID_FULL_3');
    const long = 'y'.repeat(60);
    const first = codeFromLabel(long, []);
    const second = codeFromLabel(long, [first]);
    expect(second).not.toBe(first);
    expect(second).toHaveLength(40);
    expect(second.endsWith('_2')).toBe(true);
  });

  it('gives new rows unique codes on save and keeps the saved codes of renamed rows', () => {
    const form = fresh();
    form.outcomes[2] = { ...form.outcomes[2]!, label: 'Promised to pay' }; // was PTP
    form.outcomes.push(
      { ...newOutcomeRow(), label: 'Paid in full!', needs: 'payment' }, // PAID_IN_FULL: not a saved code
      { ...newOutcomeRow(), label: 'Dispute!', needs: 'none' }, // DISPUTE is taken by a saved row
      { ...newOutcomeRow(), label: 'Dispute?', needs: 'none' }, // and now DISPUTE_2 is too
    );
    const codes = buildCollectionsPatch(form).dispositions!.map((d) => d.code);
    expect(codes[2]).toBe('PTP');
    expect(codes.slice(-3)).toEqual(['PAID_IN_FULL', 'DISPUTE_2', 'DISPUTE_3']);
    expect(new Set(codes).size).toBe(codes.length);
    // Validation (labels unique after tidying) and codes agree: the patch passes the shared schema.
    expect(hasProblems(validateCollectionForm(form))).toBe(false);
    expect(CollectionSettings.safeParse(buildCollectionsPatch(form)).success).toBe(true);
  });
});

describe('collections form: the patch', () => {
  it('sends the whole collections object, tidied, with emptied fields cleared', () => {
    const form: CollectionForm = {
      ...withRows(fresh(), [
        { code: 'PAID', label: '  Paid   in full ', needs: 'payment' },
        { label: 'Will pay Friday', needs: 'promise' },
      ]),
      agentEmail: ' asha@lender.in ',
      agentName: ' Asha Rao ',
      lenderName: '',
      bifurcation: true,
      receiptEventName: '',
      receiptBotId: ' bot-1 ',
      receiptSendTo: '',
    };
    const patch = buildCollectionsPatch(form);
    expect(patch).toEqual({
      agentEmail: 'asha@lender.in',
      agentName: 'Asha Rao',
      lenderName: undefined,
      bifurcation: true,
      dispositions: [
        { code: 'PAID', label: 'Paid in full', needs: 'payment' },
        { code: 'WILL_PAY_FRIDAY', label: 'Will pay Friday', needs: 'promise' },
      ],
      receiptMessage: { eventName: undefined, inboundBotId: 'bot-1', sendTo: undefined },
    });
    // Every key is present, so the main process's shallow merge replaces (or clears) each one.
    expect(Object.keys(patch).sort()).toEqual(
      ['agentEmail', 'agentName', 'bifurcation', 'dispositions', 'lenderName', 'receiptMessage'].sort(),
    );
    expect(SettingsPatch.safeParse({ collections: patch }).success).toBe(true);
  });

  it('round-trips: the form made from a saved patch saves the same patch and is unchanged', () => {
    const form = { ...fresh(), agentEmail: 'asha@lender.in', bifurcation: true };
    form.outcomes = [...form.outcomes.slice(0, 3), { ...newOutcomeRow(), label: 'Asked for time', needs: 'promise' }];
    const patch = buildCollectionsPatch(form);
    const reopened = formFromSettings(CollectionSettings.parse(patch));
    expect(buildCollectionsPatch(reopened)).toEqual(CollectionSettings.parse(patch));
    expect(formChanged(reopened, formFromSettings(CollectionSettings.parse(patch)))).toBe(false);
  });

  it('knows when the form differs from what is saved (for Cancel)', () => {
    const saved = fresh();
    expect(formChanged(fresh(), saved)).toBe(false);
    expect(formChanged({ ...fresh(), agentName: 'Asha' }, saved)).toBe(true);
    const renamed = fresh();
    renamed.outcomes[0] = { ...renamed.outcomes[0]!, label: 'Paid all' };
    expect(formChanged(renamed, saved)).toBe(true);
  });
});
