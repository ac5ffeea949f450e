
import { t } from '../../i18n';
import type { WhoForm, WhoProblems } from './who';

interface Props {
  form: WhoForm;
  problems: WhoProblems;
  /** Problems show only after Next was pressed once, not on the first keystroke. */
  shown: boolean;
  onChange(form: WhoForm): void;
  inputs: React.RefObject<Map<keyof WhoForm, HTMLInputElement>>;
}

const fields: ReadonlyArray<{ key: keyof WhoForm; label: 'setup.who.name' | 'setup.who.email' | 'setup.who.lender'; hint?: 'setup.who.emailHint' | 'setup.who.lenderHint'; type?: string; autoComplete: string }> = [
  { key: 'agentName', label: 'setup.who.name', autoComplete: 'name' },
  { key: 'agentEmail', label: 'setup.who.email', hint: 'setup.who.emailHint', type: 'email', autoComplete: 'email' },
  { key: 'lenderName', label: 'setup.who.lender', hint: 'setup.who.lenderHint', autoComplete: 'organization' },
];

/** Name, email at Credgenics, lender's name: what every receipt and payment carries. */
export function WhoStep({ form, problems, shown, onChange, inputs }: Props) {
  return (
    <>
      <p>{t('setup.who.intro')}</p>
      {fields.map(({ key, label, hint, type, autoComplete }) => {
        const problem = shown ? problems[key] : undefined;
        const describedBy = [hint ? `setup-${key}-hint` : '', problem ? `setup-${key}-error` : ''].filter(Boolean).join(' ');
        return (
          <div key={key} className={`field${problem ? ' has-error' : ''}`}>
            <label htmlFor={`setup-${key}`}>{t(label)}</label>
            <input
              id={`setup-${key}`}
              ref={(el) => {
                if (el) inputs.current.set(key, el);
                else inputs.current.delete(key);
              }}
              type={type ?? 'text'}
              value={form[key]}
              autoComplete={autoComplete}
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(e) => onChange({ ...form, [key]: e.target.value })}
            />
            {hint && (
              <p id={`setup-${key}-hint`} className="hint">
                {t(hint)}
              </p>
            )}
            {problem && (
              <p id={`setup-${key}-error`} className="error">
                {t(problem)}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
