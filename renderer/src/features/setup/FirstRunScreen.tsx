import { useEffect, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db/schema';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { describeError } from '../../ui/errors';
import { formatMonthName } from '../../ui/format';
import { hrefFor, navigate } from '../../ui/router';
import { announceAllocationSaved } from '../loans/import/announce';
import { currentAllocationMonth } from '../loans/import/month';
import { Choices } from './Choices';
import { LanguageChoice } from './LanguageChoice';
import { saveTrainingAllocation, TRAINING_LOAN_COUNT } from './training-allocation';
import { checkWho, type WhoForm } from './who';
import { WhoStep } from './WhoStep';
import './setup.css';

const steps = ['language', 'who', 'platforms', 'allocation'] as const;
type Step = (typeof steps)[number];
const stepNames: Record<Step, MessageKey> = {
  language: 'setup.step.language',
  who: 'setup.step.who',
  platforms: 'setup.step.platforms',
  allocation: 'setup.step.allocation',
};

type Platforms = 'training' | 'production';
type Allocation = 'training' | 'file' | 'later';

/**
 * First run, in four short steps a new agent can do by keyboard alone: language → who you are →
 * where the platforms are (Training preselected for a trial) → your loans. Nothing but the
 * language is saved until Finish, so leaving half-way changes nothing. Each step's heading takes
 * the focus, so a screen reader says where you are and Tab starts at the step's first field.
 */
export function FirstRunScreen() {
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const [step, setStep] = useState<Step>('language');
  const [who, setWho] = useState<WhoForm>(() => ({
    agentName: settings?.collections?.agentName ?? '',
    agentEmail: settings?.collections?.agentEmail ?? '',
    lenderName: settings?.collections?.lenderName ?? '',
  }));
  const [whoShown, setWhoShown] = useState(false);
  // Training for a trial; a laptop already on Production (the set-up reopened) keeps it.
  const [platforms, setPlatforms] = useState<Platforms>(() =>
    settings?.credgenics.environment === 'production' ? 'production' : 'training',
  );
  const [allocation, setAllocation] = useState<Allocation>('training');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const whoInputs = useRef(new Map<keyof WhoForm, HTMLInputElement>());
  const first = useRef(true);

  useEffect(() => {
    // Not on the first paint of step 1: the app's own focus handling owns a fresh screen.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const index = steps.indexOf(step);
  const problems = checkWho(who);
  const whoProblemKeys = (Object.keys(problems) as (keyof WhoForm)[]).filter((k) => problems[k]);

  function next(event: FormEvent) {
    event.preventDefault();
    if (step === 'who' && whoProblemKeys.length > 0) {
      setWhoShown(true);
      whoInputs.current.get(whoProblemKeys[0]!)?.focus();
      return;
    }
    if (step === 'allocation') return void finish();
    setStep(steps[index + 1]!);
  }

  async function finish() {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const result = await update({
        collections: { agentName: who.agentName.trim(), agentEmail: who.agentEmail.trim(), lenderName: who.lenderName.trim() },
        credgenics: { environment: platforms },
        glaas: { environment: platforms },
      });
      if (!result.ok) return setFailure(t('setup.failed', { message: describeError(result.error) }));
      if (platforms === 'production') return navigate({ name: 'settings' });
      if (allocation === 'file') return navigate({ name: 'import' });
      if (allocation === 'training') announceAllocationSaved(await saveTrainingAllocation(db(), Date.now()));
      navigate({ name: 'loans' });
    } catch (error) {
      setFailure(t('setup.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <ol className="setup-steps" aria-hidden="true">
        {steps.map((s, i) => (
          <li key={s} className={i === index ? 'current' : i < index ? 'done' : undefined}>
            {t(stepNames[s])}
          </li>
        ))}
      </ol>
      <form className="card setup-card" onSubmit={next} noValidate>
        <h2 ref={heading} tabIndex={-1}>
          {t('setup.progress', { step: index + 1, count: steps.length, name: t(stepNames[step]) })}
        </h2>

        {step === 'language' && (
          <>
            <p>{t('setup.language.intro')}</p>
            <LanguageChoice />
          </>
        )}

        {step === 'who' && (
          <>
            {whoShown && whoProblemKeys.length > 0 && (
              <div className="error-summary" role="alert">
                <p>{t('setup.errors')}</p>
                <ul>
                  {whoProblemKeys.map((k) => (
                    <li key={k}>
                      <a href={`#setup-${k}`} onClick={(e) => (e.preventDefault(), whoInputs.current.get(k)?.focus())}>
                        {t(problems[k]!)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <WhoStep form={who} problems={problems} shown={whoShown} onChange={setWho} inputs={whoInputs} />
          </>
        )}

        {step === 'platforms' && (
          <>
            <p>{t('setup.platforms.intro')}</p>
            <Choices<Platforms>
              name="platforms"
              legend={t('setup.platforms.legend')}
              value={platforms}
              options={[
                { value: 'training', label: t('setup.platforms.training') },
                { value: 'production', label: t('setup.platforms.production') },
              ]}
              onChange={(v: Platforms) => setPlatforms(v)}
            />
            {platforms === 'production' && <p className="hint">{t('setup.platforms.productionNote')}</p>}
          </>
        )}

        {step === 'allocation' && (
          <>
            <p>{t('setup.allocation.intro')}</p>
            {platforms === 'production' ? (
              <p>{t('setup.allocation.realNote')}</p>
            ) : (
              <Choices<Allocation>
                name="allocation"
                legend={t('setup.allocation.legend')}
                value={allocation}
                options={[
                  {
                    value: 'training',
                    label: t('setup.allocation.training', {
                      count: TRAINING_LOAN_COUNT,
                      month: formatMonthName(currentAllocationMonth(), getLanguage()),
                    }),
                  },
                  { value: 'file', label: t('setup.allocation.file') },
                  { value: 'later', label: t('setup.allocation.later') },
                ]}
                onChange={(v: Allocation) => setAllocation(v)}
              />
            )}
          </>
        )}

        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <div className="setup-actions">
          {index > 0 && (
            <button type="button" onClick={() => setStep(steps[index - 1]!)} disabled={busy}>
              {t('setup.back')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {step === 'allocation' ? (busy ? t('setup.finishing') : t('setup.finish')) : t('setup.next')}
          </button>
        </div>
      </form>
      <p>
        <a href={hrefFor({ name: 'settings' })}>{t('setup.skipToSettings')}</a>
      </p>
    </main>
  );
}
