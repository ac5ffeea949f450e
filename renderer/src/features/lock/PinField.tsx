import { forwardRef } from 'react';

/**
 * A PIN box: the number pad on touch screens (inputMode) but any text typed is kept, so a
 * passphrase works too. Never remembered by the browser, never spell-checked.
 */
export const PinField = forwardRef<
  HTMLInputElement,
  { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; hint?: string; autoFocus?: boolean }
>(function PinField({ id, label, value, onChange, error, hint, autoFocus }, ref) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'lock-field has-error' : 'lock-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        className="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        maxLength={200}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
});
