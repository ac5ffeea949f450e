import './sync.css';
import { useState } from 'react';
import { db } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { useEngineStatus, syncNow } from '../../sync/app';
import { outboxStates, type OutboxError, type OutboxItem, type OutboxKind } from '../../sync/types';
import { formatDateTime, formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { useNow } from '../../ui/useNow';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { useOnline } from '../loans/page/useOnline';
import { formatAge } from './age';
import { ItemActions } from './ItemActions';
import { PaiseNote } from './PaiseNote';
import { StatusBadge, stateLabelKey } from './StatusBadge';
import { loadSyncRows } from './sync-items';
import { useOutboxSummary } from './summary';

const kindKey: Partial<Record<OutboxKind, MessageKey>> = {
  'credgenics.payment': 'sync.kind.payment',
  'credgenics.contact': 'sync.kind.contact',
  'credgenics.receipt-message': 'sync.kind.receiptMessage',
  'glaas.repayment': 'sync.kind.repayment',
  'glaas.line-repayment': 'sync.kind.lineRepayment',
  'credgenics.transaction-payment': 'sync.kind.transactionPayment',
  'glaas.document': 'sync.kind.document',
};

function ErrorText({ error }: { error: OutboxError }) {
  const details = Object.entries(error.details ?? {});
  return (
    <span className="sync-error">
      {error.message}
      {error.serverMessage && ` ${t('sync.serverSaid', { message: error.serverMessage })}`}
      {details.length > 0 && (
        <ul>
          {details.map(([field, why]) => (
            <li key={field}>
              <code>{field}</code>: {why}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}

function nextTry(item: OutboxItem, now: number): string {
  if (item.state !== 'pending' && item.state !== 'unknown') return '—';
  if (item.nextAttemptAt <= now) return t('sync.nextTry.now');
  return t('sync.nextTry.in', { age: formatAge(item.nextAttemptAt - now + 59_999) });
}

/** Every item's state; the reason and what to do when the server refused one; Sync now. */
export function SyncScreen() {
  const now = useNow(15_000);
  const online = useOnline();
  const summary = useOutboxSummary();
  const engine = useEngineStatus();
  const rows = useLiveQuery(() => loadSyncRows(db()), []);
  const [asked, setAsked] = useState(false);

  return (
    <main className="screen sync-screen" aria-labelledby="sync-title">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <section className="card" aria-label={t('sync.summary')}>
        <p className="sync-headline" role="status">
          {/* Never say "everything has reached" before the counts are read: right after a
              reload during a drain, the store's empty start state would claim it falsely. */}
          {!summary.loaded
            ? t('sync.loading')
            : summary.unsent === 0
            ? t('sync.allSent')
            : t('sync.unsentOldest', {
                count: summary.unsent,
                age: summary.oldestUnsentAt !== undefined ? formatAge(now - summary.oldestUnsentAt) : '—',
              })}
        </p>
        <table className="sync-counts">
          <caption>{t('sync.counts')}</caption>
          <tbody>
            {outboxStates.map((state) => (
              <tr key={state} className={summary.counts[state] === 0 ? 'zero' : `has-${state}`}>
                <th scope="row">{t(stateLabelKey[state])}</th>
                <td>{summary.counts[state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!online && <p>{t('sync.offlineNote')}</p>}
        {engine.pausedPlatforms.map((platform) => (
          <p className="warn" key={platform}>
            {t(platform === 'glaas' ? 'sync.pausedNoteGlaas' : 'sync.pausedNote')}{' '}
            <a href={hrefFor({ name: 'settings' })}>{t('sync.openSettings')}</a>
          </p>
        ))}
        {engine.failure && <p className="warn">{t('sync.engineFailure', { message: engine.failure })}</p>}
        <p className="muted">
          {engine.syncing
            ? t('sync.working')
            : engine.nextWakeAt !== undefined
              ? t('sync.nextLook', { time: formatDateTime(engine.nextWakeAt) })
              : t('sync.idle')}
        </p>
        <button
          type="button"
          onClick={() => {
            setAsked(true);
            void syncNow();
          }}
          disabled={engine.syncing}
        >
          {t('sync.now')}
        </button>
        {asked && !engine.syncing && engine.lastPassAt !== undefined && (
          <span className="muted"> {t('sync.lastPass', { time: formatDateTime(engine.lastPassAt) })}</span>
        )}
      </section>

      <section aria-label={t('sync.items')}>
        <h2>{t('sync.items')}</h2>
        {rows.state === 'loading' && <p>{t('sync.loading')}</p>}
        {rows.state === 'error' && <p role="alert">{String(rows.error)}</p>}
        {rows.state === 'ready' && rows.value.length === 0 && <p>{t('sync.empty')}</p>}
        {rows.state === 'ready' && rows.value.length > 0 && (
          <table className="loan-table sync-items">
            <thead>
              <tr>
                <th scope="col">{t('sync.col.loan')}</th>
                <th scope="col">{t('sync.col.what')}</th>
                <th scope="col">{t('sync.col.amount')}</th>
                <th scope="col">{t('sync.col.state')}</th>
                <th scope="col">{t('sync.col.attempts')}</th>
                <th scope="col">{t('sync.col.nextTry')}</th>
                <th scope="col">{t('sync.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.value.map(({ item, visit }) => (
                <tr key={item.id} data-state={item.state}>
                  <td>
                    {item.loanId && <a href={hrefFor({ name: 'loan', loanId: item.loanId })}>{item.loanId}</a>}
                    {visit?.borrowerName && <div className="muted">{visit.borrowerName}</div>}
                  </td>
                  <td>
                    {kindKey[item.kind] ? t(kindKey[item.kind]!) : item.kind}
                    {visit?.receiptNo && (item.kind === 'credgenics.payment' || item.kind === 'credgenics.transaction-payment') && (
                      <div>
                        <a href={hrefFor({ name: 'receipt', visitId: item.recordId })}>{visit.receiptNo}</a>
                      </div>
                    )}
                  </td>
                  <td>{item.amount !== undefined ? formatRupees(item.amount) : ''}</td>
                  <td>
                    <StatusBadge
                      state={engine.checking.includes(item.id) ? 'unknown' : item.state}
                      serverRef={item.serverRef}
                    />
                  </td>
                  <td>{item.attempts}</td>
                  <td>{nextTry(item, now)}</td>
                  <td>
                    {item.lastError && item.state !== 'sent' && <ErrorText error={item.lastError} />}
                    <PaiseNote item={item} receiptNo={visit?.receiptNo} />
                    {item.state === 'rejected' && <ItemActions item={item} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
