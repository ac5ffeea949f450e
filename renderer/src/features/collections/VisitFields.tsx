import type { ReactNode } from 'react';
import { DateInput } from '../../ui/DateInput';
import type { VisitField } from './visit-form-schema';

/**
 * The visit form's building blocks. Every input has a visible label tied to it, and its error
 * right next to it, announced with the input (aria-describedby) and marked (aria-invalid).
 */

export const fieldId = (field: VisitField) => `visit-${field}`;
const errorId = (field: VisitField) => `visit-${field}-error`;
const hintId = (field: VisitField) => `visit-${field}-hint`;

function describedBy(field: VisitField, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? hintId(field) : '', error ? errorId(field) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ field, error }: { field: VisitField; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(field)} className="error field-error">
      {error}
    </p>
  );
}

interface TextFieldProps {
  field: VisitField;
  label: string;
  value: string;
  error?: string;
  hint?: ReactNode;
  type?: 'text' | 'tel' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel';
  min?: string;
  multiline?: boolean;
  onChange(value: string): void;
}

export function TextField({ field, label, value, error, hint, type = 'text', inputMode, min, multiline, onChange }: TextFieldProps) {
  const common = {
    id: fieldId(field),
    name: field,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(field, Boolean(hint), Boolean(error)),
  } as const;
  return (
    <div className={`visit-field${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : type === 'date' ? (
        // DD/MM/YYYY whatever the laptop's locale (the browser's date box would follow the OS).
        <DateInput {...common} min={min} onChange={onChange} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          min={min}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <p id={hintId(field)} className="hint">
          {hint}
        </p>
      )}
      <FieldError field={field} error={error} />
    </div>
  );
}

interface ChoiceProps<V extends string> {
  field: VisitField;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: string;
  error?: string;
  onChange(value: V): void;
}

/** One choice out of a few: a fieldset named by its legend; arrow keys move, Space picks. */
export function ChoiceGroup<V extends string>({ field, legend, options, value, error, onChange }: ChoiceProps<V>) {
  return (
    <fieldset className={`visit-choices${error ? ' has-error' : ''}`}>
      <legend>{legend}</legend>
      {options.map((option, i) => (
        <label key={option.value} className="radio visit-choice">
          <input
            type="radio"
            id={i === 0 ? fieldId(field) : undefined}
            name={field}
            value={option.value}
            checked={value === option.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId(field) : undefined}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <FieldError field={field} error={error} />
    </fieldset>
  );
}

interface CheckProps {
  field: VisitField;
  label: string;
  checked: boolean;
  error?: string;
  /** A warning to confirm rather than a plain option. */
  warning?: boolean;
  onChange(checked: boolean): void;
}

export function CheckField({ field, label, checked, error, warning, onChange }: CheckProps) {
  return (
    <div className={`visit-check${warning ? ' notice' : ''}${error ? ' has-error' : ''}`}>
      <label className="checkbox">
        <input
          type="checkbox"
          id={fieldId(field)}
          name={field}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(field) : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <FieldError field={field} error={error} />
    </div>
  );
}
