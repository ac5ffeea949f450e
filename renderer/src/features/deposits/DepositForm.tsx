import { useMemo, useState, type FormEvent } from 'react';
import { db } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { DateInput } from '../../ui/DateInput';
import { formatDateTime, formatRupees } from '../../ui/format';
import { hrefFor, navigate } from '../../ui/router';
import { useNow } from '../../ui/useNow';
import { localDay } from '../collections/capture';
import { GlaasLinkEditor } from '../loans/glaas/LinkEditor';
import { linksOf } from '../loans/glaas/save-link';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { OVERDUE_MS } from './cash-in-hand';
import { methodKey } from './CashInHandCard';
import { DepositRefused, recordDeposit } from './capture';
import { branchOf, checkDepositForm, type DepositFormErrors, type DepositFormValues } from './deposit-form';
import { MappingConfirm, useRepaymentMapping } from './MappingConfirm';
import { useCashInHand } from './useCashInHand';
import './deposits.css';

const initial = (today: string): DepositFormValues => ({
  branchType: 'bank',
  bankName: '',
  ifsc: '',
  branchName: '',
  accountName: '',
  accountType: 'current',
  accountNumber: '',
  address: '',
  contact: '',
  receiptNumber: '',
  date: today,
});

/**
 * Records a deposit at a bank or a company branch. The collections are chosen from cash in hand
 * (all cash by default); the total follows from them and is never typed. Loans without a GLAAS
 * link are named, with a place to link them, because their money cannot be posted otherwise.
 */
export function DepositForm() {
  const now = useNow();
  const today = localDay(now);
  const cash = useCashInHand();
  const mapping = useRepaymentMapping();
  const agent = useSettingsStore((s) => s.settings?.collections);
  const [values, setValues] = useState(() => initial(today));
  const [picked, setPicked] = useState<Set<string>>();
  const [proof, setProof] = useState<File>();
  const [errors, setErrors] = useState<DepositFormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const collections = cash.state === 'ready' ? cash.value.collections : [];
  // Until the agent changes the choice: every cash collection.
  const chosen = picked ?? new Set(collections.filter((v) => v.payment!.method === 'cash').map((v) => v.id));
  const chosenVisits = collections.filter((v) => chosen.has(v.id));
  const total = chosenVisits.reduce((sum, v) => sum + Math.round(v.payment!.amount * 100), 0) / 100;
  const chosenLoans = useMemo(() => [...new Set(chosenVisits.map((v) => v.loanId))].sort(), [chosenVisits.map((v) => v.id).join()]);
  const links = useLiveQuery(() => linksOf(db(), chosenLoans), [chosenLoans.join()]);
  const unlinked = links.state === 'ready' ? chosenLoans.filter((id) => !links.value.get(id)?.requestFlowId) : [];

  const set = <K extends keyof DepositFormValues>(key: K, value: DepositFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const found = checkDepositForm(values, chosen.size, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (!mapping.confirmedAt) return setFailure(t('deposit.error.mapping'));
    if (unlinked.length > 0) return setFailure(t('deposit.error.unlinked', { loans: unlinked.join(', ') }));
    setSaving(true);
    try {
      await recordDeposit(
        db(),
        {
          collectionIds: [...chosen],
          branch: branchOf(values),
          receiptNumber: values.receiptNumber,
          depositDate: values.date,
          ...(proof ? { proof } : {}),
          agent: { ...(agent?.agentEmail ? { email: agent.agentEmail } : {}), ...(agent?.agentName ? { name: agent.agentName } : {}) },
        },
        { now: Date.now(), mapping, links: await linksOf(db(), chosenLoans) },
      );
      navigate({ name: 'deposits' });
    } catch (error) {
      setFailure(error instanceof DepositRefused || error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  const field = (key: keyof DepositFormValues, label: MessageKey, extra: Record<string, unknown> = {}) => (
    <label>
      {t(label)}
      <input
        value={values[key]}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `err-${key}` : undefined}
        {...extra}
      />
      {errors[key] && (
        <span id={`err-${key}`} className="error">
          {t(errors[key] as MessageKey)}
        </span>
      )}
    </label>
  );

  return (
    <main className="deposit-form" aria-labelledby="deposit-form-title">
      <h1 id="deposit-form-title">{t('deposit.title')}</h1>
      <p>
        <a href={hrefFor({ name: 'deposits' })}>{t('deposit.back')}</a>
      </p>
      <MappingConfirm />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('deposit.collections')}</legend>
          {collections.length === 0 && <p>{t('deposits.inHand.none')}</p>}
          <div className="pick-list">
            {collections.map((v) => (
              <label key={v.id} className={now - v.capturedAt > OVERDUE_MS ? 'overdue' : undefined}>
                <input type="checkbox" checked={chosen.has(v.id)} onChange={() => toggle(v.id)} />{' '}
                {t('deposit.collectionLabel', {
                  receipt: v.receiptNo ?? '',
                  name: v.borrowerName,
                  loan: v.loanId,
                  amount: formatRupees(v.payment!.amount),
                  method: t(methodKey[v.payment!.method]),
                  when: formatDateTime(v.capturedAt),
                })}
                {now - v.capturedAt > OVERDUE_MS ? ` · ${t('deposit.overdueTag')}` : ''}
              </label>
            ))}
          </div>
          <p role="status" aria-live="polite">
            {t('deposit.total', { amount: formatRupees(total), count: chosen.size, loans: chosenLoans.length })}
          </p>
          {errors.collections && <p className="error">{t(errors.collections as MessageKey)}</p>}
        </fieldset>

        {unlinked.length > 0 && (
          <fieldset>
            <legend>{t('deposit.unlinkedTitle')}</legend>
            <p className="notice">{t('deposit.unlinkedWhy', { count: unlinked.length })}</p>
            {unlinked.map((loanId) => (
              <GlaasLinkEditor key={loanId} loanId={loanId} compact />
            ))}
          </fieldset>
        )}

        <fieldset>
          <legend>{t('deposit.where')}</legend>
          <label>
            <input type="radio" name="branch-type" checked={values.branchType === 'bank'} onChange={() => set('branchType', 'bank')} /> {t('deposit.bank')}
          </label>
          <label>
            <input type="radio" name="branch-type" checked={values.branchType === 'company'} onChange={() => set('branchType', 'company')} />{' '}
            {t('deposit.company')}
          </label>
          {values.branchType === 'bank' ? (
            <>
              {field('bankName', 'deposit.bankName')}
              {field('ifsc', 'deposit.ifsc', { autoCapitalize: 'characters', placeholder: 'SBIN0001234' })}
              {field('branchName', 'deposit.branchName')}
              {field('accountName', 'deposit.accountName')}
              <label>
                {t('deposit.accountType')}
                <select value={values.accountType} onChange={(e) => set('accountType', e.target.value as 'current' | 'savings')}>
                  <option value="current">{t('deposit.accountType.current')}</option>
                  <option value="savings">{t('deposit.accountType.savings')}</option>
                </select>
              </label>
              {field('accountNumber', 'deposit.accountNumber', { inputMode: 'numeric' })}
            </>
          ) : (
            <>
              {field('branchName', 'deposit.companyBranch')}
              {field('address', 'deposit.address')}
              {field('contact', 'deposit.contact', { inputMode: 'tel' })}
            </>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('deposit.slip')}</legend>
          {field('receiptNumber', 'deposit.receiptNumber')}
          <label>
            {t('deposit.date')}
            <DateInput
              value={values.date}
              max={today}
              onChange={(value) => set('date', value as never)}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={errors.date ? 'err-date' : undefined}
            />
            {errors.date && (
              <span id="err-date" className="error">
                {t(errors.date as MessageKey)}
              </span>
            )}
          </label>
          <label>
            {t('deposit.proof')}
            <input type="file" accept="image/*" onChange={(e) => setProof(e.target.files?.[0])} />
          </label>
          {proof && <p className="hint">{t('deposit.proofChosen', { name: proof.name })}</p>}
        </fieldset>

        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <button type="submit" disabled={saving}>
          {t('deposit.save', { amount: formatRupees(total) })}
        </button>
      </form>
    </main>
  );
}
