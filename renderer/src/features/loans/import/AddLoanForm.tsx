import { useId, useRef, useState, type FormEvent } from 'react';
import type { FieldDeskDb } from '../../../db/schema';
import { getLanguage, t } from '../../../i18n';
import { formatMonthName } from '../../../ui/format';
import { announceAllocationSaved } from './announce';
import { currentAllocationMonth } from './month';
import { addLoanById } from './save';

interface Props {
  database: () => FieldDeskDb;
  onImported?(loanIds: string[]): void;
}

/** "Add a loan by its id": for the one loan missing from a file, or a branch officer's lookup. */
export function AddLoanForm({ database, onImported }: Props) {
  const id = useId();
  const loanInput = useRef<HTMLInputElement>(null);
  const [loanId, setLoanId] = useState('');
  // "Dec 2026", not the wire form 2026-12-01: the box reads every month form an allocation sheet uses.
  const [month, setMonth] = useState(() => formatMonthName(currentAllocationMonth(), 'en'));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone('');
    setError('');
    try {
      const result = await addLoanById(database(), loanId, month, Date.now());
      if (!result.ok) {
        setError(result.reason);
        return;
      }
      setDone(t('import.add.done', { loanId: loanId.trim(), month: formatMonthName(result.allocationMonth, getLanguage()) }));
      setLoanId('');
      // Ready for the next id straight away: officers add several in a row from the keyboard.
      loanInput.current?.focus();
      onImported?.(result.loanIds);
      announceAllocationSaved(result.loanIds);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(`${t('import.saveFailed', { message })} ${t('import.unchanged')}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.add.title')}</h2>
      <form className="form add-loan" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-loan`}>{t('import.add.loanId')}</label>
          <input
            id={`${id}-loan`}
            ref={loanInput}
            type="text"
            value={loanId}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setLoanId(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('import.add.month')}</label>
          <input
            id={`${id}-month`}
            type="text"
            value={month}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-month-hint`}
            onChange={(event) => setMonth(event.target.value)}
          />
          <span id={`${id}-month-hint`} className="hint">
            {t('import.add.monthHint')}
          </span>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('import.add.submit')}
          </button>
          <span role="status" aria-live="polite" className="ok">
            {done}
          </span>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
