import { useState } from 'react';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { correctPayment, discardRejected, retryRejected } from '../../sync/actions';
import type { OutboxItem } from '../../sync/types';
import type { PaymentPayloadV1 } from '../collections/payloads';
import { hasPaise } from './PaiseNote';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Send again / Correct / Discard for one refused item. Each asks no more than it needs. */
export function ItemActions({ item }: { item: OutboxItem }) {
  const [mode, setMode] = useState<'idle' | 'correct' | 'discard'>('idle');
  const [error, setError] = useState<string>();
  const payment = item.kind === 'credgenics.payment' ? (item.payload as PaymentPayloadV1) : undefined;
  const [month, setMonth] = useState(payment?.allocationMonth ?? '');
  const [amount, setAmount] = useState(payment ? String(payment.body.amount_recovered) : '');
  const [reference, setReference] = useState(payment?.reference ?? '');
  const [reason, setReason] = useState('');
  const label = `${item.loanId}${item.amount !== undefined ? ` ₹${item.amount}` : ''}`;

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
      setMode('idle');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (mode === 'correct' && payment) {
    return (
      <form
        className="item-correct"
        aria-label={t('sync.correct.form', { item: label })}
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(amount);
          if (!Number.isFinite(value) || value <= 0) {
            setError(t('sync.correct.badAmount'));
            return;
          }
          // Credgenics' amount_recovered is an integer: say so here rather than after a refusal.
          if (!Number.isInteger(value)) {
            setError(t('sync.correct.wholeRupees'));
            return;
          }
          void run(() => correctPayment(db(), item.id, { allocationMonth: month.trim(), amount: value, reference }));
        }}
      >
        <label>
          {t('sync.correct.month')}
          <input value={month} onChange={(e) => setMonth(e.target.value)} required />
        </label>
        <label>
          {t('sync.correct.amount')}
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />
        </label>
        <label>
          {t('sync.correct.reference')}
          <input value={reference} onChange={(e) => setReference(e.target.value)} required />
        </label>
        <p className="muted">{t('sync.correct.receiptNote')}</p>
        <button type="submit">{t('sync.correct.submit')}</button>
        <button type="button" onClick={() => setMode('idle')}>
          {t('sync.cancel')}
        </button>
        {error && <p role="alert" className="error">{error}</p>}
      </form>
    );
  }

  if (mode === 'discard') {
    return (
      <form
        className="item-discard"
        aria-label={t('sync.discard.form', { item: label })}
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => discardRejected(db(), item.id, reason));
        }}
      >
        <label>
          {t('sync.discard.reason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
        </label>
        <p className="muted">{t('sync.discard.warning')}</p>
        <button type="submit" className="danger">
          {t('sync.discard.submit')}
        </button>
        <button type="button" onClick={() => setMode('idle')}>
          {t('sync.cancel')}
        </button>
        {error && <p role="alert" className="error">{error}</p>}
      </form>
    );
  }

  return (
    <span className="item-actions">
      {/* Paise would only be refused again: the one way on is Correct (or Discard). */}
      {!hasPaise(item) && (
        <button type="button" onClick={() => void run(() => retryRejected(db(), item.id))} aria-label={t('sync.retry.label', { item: label })}>
          {t('sync.retry')}
        </button>
      )}
      {payment && (
        <button type="button" onClick={() => setMode('correct')} aria-label={t('sync.correct.label', { item: label })}>
          {t('sync.correct')}
        </button>
      )}
      <button type="button" onClick={() => setMode('discard')} aria-label={t('sync.discard.label', { item: label })}>
        {t('sync.discard')}
      </button>
      {error && <span role="alert" className="error">{error}</span>}
    </span>
  );
}
