import { useState } from 'react';
import { wipeItems, type WipeItem } from '../../../../shared/wipe-items';
import { api } from '../../api';
import { forgetKeys } from '../../db/crypto/keyring';
import { db } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { syncEngine } from '../../sync/app';
import { describeError } from '../../ui/errors';
import { hrefFor } from '../../ui/router';
import { RENDERER_REMOVED, signOutOfLaptop, unsentByPlatform, type UnsentByPlatform } from './sign-out';

type Step =
  | { name: 'idle' }
  | { name: 'checking' }
  | { name: 'refused'; unsent: UnsentByPlatform }
  | { name: 'confirming' }
  | { name: 'working' }
  | { name: 'failed'; message: string }
  | { name: 'done'; removed: string[] };

/** The main process names what it removed in English; each known name is shown in the agent's language. */
const removedKeys = new Map<string, MessageKey>([
  [RENDERER_REMOVED, 'signout.removed.database'],
  ...(Object.entries(wipeItems) as Array<[WipeItem, string]>).map(
    ([item, name]) => [name, `signout.removed.${item}` as MessageKey] as [string, MessageKey],
  ),
]);
const removedLabel = (name: string) => {
  const key = removedKeys.get(name);
  return key ? t(key) : name;
};

function UnsentLines({ unsent }: { unsent: UnsentByPlatform }) {
  const line = (platform: 'credgenics' | 'glaas') => {
    const count = unsent[platform];
    if (count === 0) return null;
    return <li key={platform}>{count === 1 ? t(`signout.unsent.${platform}.one`) : t(`signout.unsent.${platform}.many`, { count })}</li>;
  };
  return <ul>{[line('credgenics'), line('glaas')]}</ul>;
}

/** "Sign out of this laptop": nothing unsent is ever lost; everything else about borrowers goes. */
export function SignOutCard() {
  const [step, setStep] = useState<Step>({ name: 'idle' });

  async function begin() {
    setStep({ name: 'checking' });
    const unsent = await unsentByPlatform(db());
    setStep(unsent.credgenics + unsent.glaas > 0 ? { name: 'refused', unsent } : { name: 'confirming' });
  }

  async function signOut() {
    setStep({ name: 'working' });
    try {
      const outcome = await signOutOfLaptop({
        database: db(),
        wipe: () => api.lock.wipe(),
        stopSync: () => syncEngine().stop(),
        forgetKeys,
        storage: { local: localStorage, session: sessionStorage },
      });
      if (outcome.refused) return setStep({ name: 'refused', unsent: outcome.unsent });
      if ('failed' in outcome) return setStep({ name: 'failed', message: describeError(outcome.failed) });
      setStep({ name: 'done', removed: outcome.removed });
      // The other cards show "not set" for the sign-in details that are gone.
      void useSettingsStore.getState().load();
    } catch (failure) {
      setStep({ name: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  }

  function startAgain() {
    // A fresh page: nothing of this session stays in memory, and the set-up asks for a new PIN.
    window.history.replaceState(null, '', hrefFor({ name: 'welcome' }));
    window.location.reload();
  }

  return (
    <section className="card" aria-labelledby="signout-title">
      <h2 id="signout-title">{t('signout.title')}</h2>
      {step.name === 'done' ? (
        <div role="status">
          <p>{t('signout.done')}</p>
          <ul aria-label={t('signout.done')}>
            {step.removed.map((name) => (
              <li key={name}>{removedLabel(name)}</li>
            ))}
          </ul>
          <button type="button" onClick={startAgain}>
            {t('signout.restart')}
          </button>
        </div>
      ) : (
        <>
          <p className="hint">{t('signout.intro')}</p>
          {step.name === 'refused' && (
            <div role="alert" className="error">
              <p>{t('signout.refused')}</p>
              <UnsentLines unsent={step.unsent} />
              <p>
                {t('signout.refused.next')} <a href={hrefFor({ name: 'sync' })}>{t('sync.signOut.openSync')}</a>
              </p>
            </div>
          )}
          {step.name === 'failed' && (
            <p role="alert" className="error">
              {t('signout.failed', { message: step.message })}
            </p>
          )}
          {step.name === 'confirming' ? (
            <div className="confirm">
              <p>{t('signout.confirm')}</p>
              <button type="button" className="danger" onClick={() => void signOut()}>
                {t('signout.confirm.yes')}
              </button>{' '}
              <button type="button" onClick={() => setStep({ name: 'idle' })}>
                {t('signout.confirm.no')}
              </button>
            </div>
          ) : step.name === 'checking' || step.name === 'working' ? (
            <p role="status">{t(step.name === 'checking' ? 'signout.checking' : 'signout.working')}</p>
          ) : (
            <button type="button" className="danger" onClick={() => void begin()}>
              {t('signout.start')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
