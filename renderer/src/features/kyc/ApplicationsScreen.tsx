import { useState, type FormEvent } from 'react';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { hrefFor, navigate } from '../../ui/router';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { loadApplications } from './data';
import './kyc.css';

/** GLAAS requestFlowIds are whole numbers. */
const REQUEST_FLOW_ID = /^\d{1,18}$/;

/** The applications this laptop knows (with documents, or linked to a loan), and "open by id". */
export function ApplicationsScreen() {
  const apps = useLiveQuery(() => loadApplications(db()), []);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState(false);

  function open(event: FormEvent) {
    event.preventDefault();
    const id = typed.trim();
    if (!REQUEST_FLOW_ID.test(id) || /^0+$/.test(id)) {
      setProblem(true);
      return;
    }
    navigate({ name: 'application', requestFlowId: id.replace(/^0+/, '') });
  }

  return (
    <main className="screen kyc-screen" aria-labelledby="kyc-title">
      <h1 id="kyc-title">{t('kyc.title')}</h1>
      <section className="card" aria-labelledby="kyc-open-title">
        <h2 id="kyc-open-title">{t('kyc.open.title')}</h2>
        <form className="form" onSubmit={open}>
          <label>
            {t('kyc.open.label')}
            <input
              inputMode="numeric"
              value={typed}
              aria-invalid={problem}
              aria-describedby={problem ? 'kyc-open-problem' : undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                setProblem(false);
              }}
            />
          </label>
          {problem && (
            <p id="kyc-open-problem" role="alert" className="error">
              {t('kyc.open.invalid')}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary">
              {t('kyc.open.go')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="kyc-known-title">
        <h2 id="kyc-known-title">{t('kyc.known.title')}</h2>
        {apps.state === 'loading' && <p>{t('kyc.loading')}</p>}
        {apps.state === 'error' && (
          <p role="alert" className="error">
            {t('kyc.loadFailed')}
          </p>
        )}
        {apps.state === 'ready' && apps.value.length === 0 && <p className="hint">{t('kyc.known.none')}</p>}
        {apps.state === 'ready' && apps.value.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('kyc.known.application')}</th>
                <th scope="col">{t('kyc.known.loans')}</th>
                <th scope="col">{t('kyc.known.documents')}</th>
                <th scope="col">{t('kyc.known.state')}</th>
              </tr>
            </thead>
            <tbody>
              {apps.value.map((a) => (
                <tr key={a.requestFlowId}>
                  <td>
                    <a href={hrefFor({ name: 'application', requestFlowId: a.requestFlowId, ...(a.loanIds[0] ? { loanId: a.loanIds[0] } : {}) })}>
                      {a.requestFlowId}
                    </a>
                  </td>
                  <td>{a.loanIds.join(', ') || '—'}</td>
                  <td>{a.documents}</td>
                  <td>
                    {a.documents === 0
                      ? '—'
                      : t('kyc.known.states', { sent: a.sent, waiting: a.waiting, attention: a.attention })}
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
