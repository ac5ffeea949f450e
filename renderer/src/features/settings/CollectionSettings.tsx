import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { t, type MessageKey } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import {
  buildCollectionsPatch,
  formChanged,
  formFromSettings,
  hasProblems,
  validateCollectionForm,
  type CollectionForm,
} from './collection-settings-form';
import { DispositionsEditor } from './DispositionsEditor';
import { FormActions } from './FormActions';
import { ReceiptMessageStatus } from './ReceiptMessageStatus';
import { useSaveState } from './useSaveState';
import './collection-settings.css';

type TextField = 'agentEmail' | 'agentName' | 'lenderName' | 'receiptEventName' | 'receiptBotId' | 'receiptSendTo';

/**
 * Settings shows this form in two places: the agent's own part (email, names on receipts) and
 * the lender's administration (payment splitting, visit outcomes, receipt message).
 */
export type CollectionPart = 'agent' | 'lender';
const agentKeys = ['agentEmail', 'agentName', 'lenderName'] as const;

/** One part's edits on top of what is saved now, so saving one part never undoes the other's. */
function withPart(saved: CollectionForm, form: CollectionForm, part: CollectionPart | undefined): CollectionForm {
  if (!part) return form;
  const mine = Object.fromEntries(agentKeys.map((k) => [k, form[k]])) as Pick<CollectionForm, (typeof agentKeys)[number]>;
  const theirs = Object.fromEntries(agentKeys.map((k) => [k, saved[k]])) as Pick<CollectionForm, (typeof agentKeys)[number]>;
  return part === 'agent' ? { ...saved, ...mine } : { ...form, ...theirs };
}

/** Who the agent is (Credgenics email, names on receipts), payment splitting, visit outcomes, receipt message. */
export function CollectionSettings({ part }: { part?: CollectionPart } = {}) {
  const showAgent = part !== 'lender';
  const showLender = part !== 'agent';
  const saved = useSettingsStore((s) => s.settings!.collections);
  const update = useSettingsStore((s) => s.update);
  const baseline = useMemo(() => formFromSettings(saved), [saved]);
  const [form, setForm] = useState<CollectionForm>(baseline);
  // Field messages wait until the user leaves the field or presses Save, not on the first keystroke.
  const [touched, setTouched] = useState<Partial<Record<TextField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const save = useSaveState();
  const fields = useRef(new Map<TextField, HTMLInputElement>());

  const problems = validateCollectionForm(withPart(baseline, form, part));
  const invalid = hasProblems(problems);
  const shown = (field: TextField) => submitted || touched[field];
  const dirty = formChanged(withPart(baseline, form, part), baseline);

  function set<K extends keyof CollectionForm>(key: K, value: CollectionForm[K]) {
    save.clear();
    setForm((current) => ({ ...current, [key]: value }));
  }

  function cancel() {
    save.clear();
    setForm(formFromSettings(saved));
    setTouched({});
    setSubmitted(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (invalid) {
      const first = (['agentEmail', 'receiptBotId', 'receiptSendTo'] as const).find((f) => problems[f] && fields.current.has(f));
      if (first) fields.current.get(first)?.focus();
      return;
    }
    let stored: Settings | undefined;
    const ok = await save.run([
      async () => {
        const latest = formFromSettings(useSettingsStore.getState().settings?.collections);
        const result = await update({ collections: buildCollectionsPatch(withPart(latest, form, part)) });
        if (result.ok) stored = result.value;
        return result;
      },
    ]);
    if (ok && stored) {
      // New outcomes now have their codes: keep them, so a rename after this save keeps the code too.
      setForm(formFromSettings(stored.collections));
      setTouched({});
      setSubmitted(false);
    }
  }

  const fieldProblems: Partial<Record<TextField, MessageKey>> = {
    agentEmail: problems.agentEmail,
    receiptBotId: problems.receiptBotId,
    receiptSendTo: problems.receiptSendTo,
  };

  /** A labelled text field with its hint and, once shown, its problem tied to it for screen readers. */
  const textInput = (
    field: TextField,
    labelKey: MessageKey,
    extra: { type?: 'text' | 'email'; maxLength: number; hintKey?: MessageKey; autoComplete?: string; placeholder?: string },
  ) => {
    const problem = shown(field) ? fieldProblems[field] : undefined;
    const hintId = `collections-${field}-hint`;
    const problemId = `collections-${field}-problem`;
    const describedBy = [extra.hintKey ? hintId : undefined, problem ? problemId : undefined].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label>
          {t(labelKey)}
          <input
            ref={(el) => {
              if (el) fields.current.set(field, el);
              else fields.current.delete(field);
            }}
            type={extra.type ?? 'text'}
            value={form[field]}
            maxLength={extra.maxLength}
            autoComplete={extra.autoComplete ?? 'off'}
            spellCheck={false}
            placeholder={extra.placeholder}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy || undefined}
            onChange={(e) => set(field, e.target.value)}
            onBlur={(e) => {
              // Leaving the field for Save: Save shows every problem itself. Showing this one now
              // would push Save down under the pointer between press and release, losing the click.
              if (e.relatedTarget instanceof HTMLButtonElement && e.relatedTarget.type === 'submit') return;
              setTouched((current) => ({ ...current, [field]: true }));
            }}
          />
        </label>
        {extra.hintKey && (
          <p id={hintId} className="hint">
            {t(extra.hintKey)}
          </p>
        )}
        {problem && (
          <p id={problemId} role="alert" className="error">
            {t(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card" aria-labelledby={`collection-settings-title${part ? `-${part}` : ''}`}>
      <h2 id={`collection-settings-title${part ? `-${part}` : ''}`}>
        {t(part === 'agent' ? 'settings.you.title' : 'settings.collections.title')}
      </h2>
      <p className="hint">{t(part === 'agent' ? 'settings.you.intro' : 'settings.collections.intro')}</p>
      <form className="form collection-settings" onSubmit={submit} noValidate>
        {showAgent && (
          <>
        {textInput('agentEmail', 'settings.collections.agentEmail', {
          type: 'email',
          maxLength: 200,
          autoComplete: 'email',
          hintKey: 'settings.collections.agentEmailHint',
        })}
        {textInput('agentName', 'settings.collections.agentName', { maxLength: 100, autoComplete: 'name' })}
        {textInput('lenderName', 'settings.collections.lenderName', { maxLength: 200, autoComplete: 'organization' })}
          </>
        )}
        {showLender && (
          <>
        <label className="checkbox">
          <input type="checkbox" checked={form.bifurcation} onChange={(e) => set('bifurcation', e.target.checked)} />
          {t('settings.collections.bifurcation')}
        </label>

        <DispositionsEditor
          rows={form.outcomes}
          onChange={(outcomes) => set('outcomes', outcomes)}
          listProblem={problems.outcomes}
          rowProblems={
            submitted
              ? problems.rows
              : // A row just added is empty on purpose: say "give it a name" only once Save is pressed.
                Object.fromEntries(
                  Object.entries(problems.rows).filter(([, key]) => key !== 'settings.collections.outcomeLabelMissing'),
                )
          }
        />

        <fieldset aria-describedby="collections-receipt-hint">
          <legend>{t('settings.collections.receiptTitle')}</legend>
          <p id="collections-receipt-hint" className="hint">
            {t('settings.collections.receiptHint')}
          </p>
          {textInput('receiptEventName', 'settings.collections.receiptEventName', { maxLength: 200 })}
          {textInput('receiptBotId', 'settings.collections.receiptBotId', { maxLength: 100 })}
          {textInput('receiptSendTo', 'settings.collections.receiptSendTo', { maxLength: 100, placeholder: 'applicant' })}
          <ReceiptMessageStatus
            receipt={{ eventName: form.receiptEventName, inboundBotId: form.receiptBotId, sendTo: form.receiptSendTo }}
          />
        </fieldset>
          </>
        )}

        {submitted && invalid && (
          <p role="alert" className="error">
            {t(problems.other ?? 'settings.collections.fixFirst')}
          </p>
        )}
        <FormActions save={save} onCancel={dirty ? cancel : undefined} />
      </form>
    </section>
  );
}
