import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { ContactFields } from './ContactFields';
import { localDay, type VisitInput } from './capture';
import { personMetLabel, purposeLabel } from './labels';
import { outcomeLabel } from './outcome-label';
import { peopleMet, visitPurposes, type PersonMet, type VisitPurpose } from './model';
import { PaymentFields } from './PaymentFields';
import { PromiseFields } from './PromiseFields';
import { describeSaveError } from './save-error';
import { CheckField, ChoiceGroup, fieldId } from './VisitFields';
import {
  defaultVisitValues,
  dispositionFor,
  orderedErrors,
  parseVisitForm,
  visitWarnings,
  type VisitField,
  type VisitFormContext,
  type VisitFormValues,
} from './visit-form-schema';

/** Whatever a field change makes stale: a tick given for one amount does not cover another. */
const confirmationsResetBy: Partial<Record<VisitField, ReadonlyArray<'confirmAboveClaim' | 'confirmDuplicate'>>> = {
  outcome: ['confirmAboveClaim', 'confirmDuplicate'],
  amount: ['confirmAboveClaim'],
  method: ['confirmDuplicate'],
  chequeNumber: ['confirmDuplicate'],
  utr: ['confirmDuplicate'],
  bankReference: ['confirmDuplicate'],
};

export interface VisitFormProps {
  /** The loan, the settings and the agent; the form keeps its own clock. */
  context: Omit<VisitFormContext, 'now'>;
  /** Stores the visit (and moves on). Throws when it could not be stored. */
  onSave(input: VisitInput, now: number): Promise<void>;
  cancelHref: string;
  clock?: () => number;
  /** Values to start from instead of the defaults (a test, or a form reopened with its draft). */
  initial?: Partial<VisitFormValues>;
}

/**
 * The visit form. Errors show after the first Save and then follow the typing; a failed save
 * lists them at the top and puts focus on the first. Nothing typed is ever thrown away here.
 */
export function VisitForm({ context, onSave, cancelHref, clock = Date.now, initial }: VisitFormProps) {
  const [values, setValues] = useState<VisitFormValues>(() => ({ ...defaultVisitValues(context), ...initial }));
  const [now, setNow] = useState(clock);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const savingNow = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  // The contact-hours warning follows the clock while the form is open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(clock()), 30_000);
    return () => window.clearInterval(timer);
  }, [clock]);

  const ctx = useMemo<VisitFormContext>(() => ({ ...context, now }), [context, now]);
  const warnings = visitWarnings(values, ctx);
  const result = attempted ? parseVisitForm(values, ctx) : undefined;
  const errors = result && !result.ok ? result.errors : {};
  const bad = orderedErrors(errors);
  const needs = dispositionFor(values, ctx)?.needs;
  const outsideHours = warnings.find((w) => w.field === 'confirmOutsideHours');

  function set<K extends keyof VisitFormValues>(field: K, value: VisitFormValues[K]) {
    setValues((before) => {
      const next = { ...before, [field]: value };
      for (const confirmation of confirmationsResetBy[field] ?? []) next[confirmation] = false;
      return next;
    });
  }

  function focusField(field: VisitField) {
    const root = form.current;
    if (!root) return;
    const target =
      root.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ?? root.querySelector<HTMLElement>(`#${fieldId(field)}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  useEffect(() => {
    if (focusRequest > 0 && bad[0]) focusField(bad[0].field);
    // Only when a save was refused, not on every keystroke after it.
  }, [focusRequest]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (savingNow.current) return; // one visit per press, however fast the Enter key repeats
    const at = clock();
    setNow(at);
    const parsed = parseVisitForm(values, { ...context, now: at });
    setAttempted(true);
    setSaveError(undefined);
    if (!parsed.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    savingNow.current = true;
    setSaving(true);
    try {
      await onSave(parsed.input, at);
    } catch (error) {
      setSaveError(describeSaveError(error));
      savingNow.current = false;
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="visit-form" noValidate onSubmit={submit}>
      {bad.length > 0 && (
        <div className="visit-summary" role="alert" aria-labelledby="visit-summary-title">
          <h2 id="visit-summary-title">{t('visit.errorSummary')}</h2>
          <ul>
            {bad.map(({ field, message }) => (
              <li key={field}>
                <button type="button" className="link-button" onClick={() => focusField(field)}>
                  {/* A missing tick is listed by what it confirms; "tick the box" alone says not which. */}
                  {warnings.find((w) => w.field === field)?.message ?? message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="visit-section">
        <ChoiceGroup<VisitPurpose>
          field="purpose"
          legend={t('visit.purpose.legend')}
          options={visitPurposes.map((p) => ({ value: p, label: t(purposeLabel[p]) }))}
          value={values.purpose}
          error={errors.purpose}
          onChange={(v) => set('purpose', v)}
        />
        <ChoiceGroup<'yes' | 'no'>
          field="met"
          legend={t('visit.met.legend')}
          options={[
            { value: 'yes', label: t('visit.met.yes') },
            { value: 'no', label: t('visit.met.no') },
          ]}
          value={values.met}
          error={errors.met}
          onChange={(v) => set('met', v)}
        />
        {values.met === 'yes' && (
          <ChoiceGroup<PersonMet>
            field="whoMet"
            legend={t('visit.whoMet.legend')}
            options={peopleMet.map((p) => ({ value: p, label: t(personMetLabel[p]) }))}
            value={values.whoMet}
            error={errors.whoMet}
            onChange={(v) => set('whoMet', v)}
          />
        )}
        <ChoiceGroup<string>
          field="outcome"
          legend={t('visit.outcome.legend')}
          options={ctx.dispositions.map((d) => ({ value: d.code, label: outcomeLabel(d) }))}
          value={values.outcome}
          error={errors.outcome}
          onChange={(v) => set('outcome', v)}
        />
      </div>

      {needs === 'payment' && (
        <PaymentFields values={values} errors={errors} set={set} bifurcation={ctx.bifurcation} warnings={warnings} />
      )}
      {needs === 'promise' && <PromiseFields values={values} errors={errors} set={set} today={localDay(now)} />}
      <ContactFields values={values} errors={errors} set={set} />

      {outsideHours && (
        <CheckField
          field="confirmOutsideHours"
          label={outsideHours.message}
          checked={values.confirmOutsideHours}
          error={errors.confirmOutsideHours}
          warning
          onChange={(v) => set('confirmOutsideHours', v)}
        />
      )}

      {saveError && (
        <p role="alert" className="error visit-save-error">
          {saveError}
        </p>
      )}
      <div className="actions visit-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('visit.saving') : t('visit.save')}
        </button>
        <a href={cancelHref} className="button-link">
          {t('visit.cancel')}
        </a>
      </div>
    </form>
  );
}
