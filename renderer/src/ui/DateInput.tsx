import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { getLanguage, t } from '../i18n';
import { formatDayInWords } from './format';
import './date-input.css';
import { clampDay, parseTypedDay, shiftDay, showDay, todayOnLaptop } from './date-input';

interface DateInputProps {
  id?: string;
  name?: string;
  /** YYYY-MM-DD, '' when empty, or the raw text while it is not a date (so forms can refuse it). */
  value: string;
  onChange(value: string): void;
  /** YYYY-MM-DD bounds for the arrow keys (typing outside them is left to the form to refuse). */
  min?: string;
  max?: string;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
  className?: string;
}

/**
 * A date box that always reads and shows DD/MM/YYYY. The browser's <input type="date"> follows
 * the laptop's locale (12/02/2026 for 2 December on a US-set laptop), which is exactly the
 * mistake an agent must not make with a cheque or deposit date.
 *
 * Keyboard: type 02/12/2026 (or 2-12-2026, 02122026); ↑/↓ a day, PageUp/PageDown a month
 * (from today when empty), T for today. The day in words ("2 Dec 2026") is shown under the box
 * so day/month mix-ups are seen before saving. It is not in aria-describedby: the field's own
 * error is what a screen reader must say, and the placeholder already gives the format.
 */
export function DateInput({ value, onChange, min, max, ...rest }: DateInputProps) {
  const wordsId = useId();
  const [text, setText] = useState(() => showDay(value));

  // A value set from outside (a reset, "Today", a loaded record) replaces what is shown, unless
  // it is what the current text already means.
  useEffect(() => {
    if ((parseTypedDay(text) ?? text) !== value) setText(showDay(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function type(next: string) {
    setText(next);
    const trimmed = next.trim();
    onChange(trimmed === '' ? '' : (parseTypedDay(trimmed) ?? trimmed));
  }

  function pick(iso: string) {
    const day = clampDay(iso, min, max);
    setText(showDay(day));
    onChange(day);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const current = parseTypedDay(text);
    const from = current ?? clampDay(todayOnLaptop(), min, max);
    const moves: Record<string, { days?: number; months?: number }> = {
      ArrowUp: { days: 1 },
      ArrowDown: { days: -1 },
      PageUp: { months: 1 },
      PageDown: { months: -1 },
    };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      pick(current ? shiftDay(from, move) : from);
    } else if ((e.key === 't' || e.key === 'T') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      pick(todayOnLaptop());
    }
  }

  const parsed = parseTypedDay(text);
  return (
    <span className="date-input">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('date.placeholder')}
        maxLength={10}
        value={text}
        onChange={(e) => type(e.target.value)}
        onBlur={() => parsed && setText(showDay(parsed))}
        onKeyDown={onKeyDown}
      />
      <span id={wordsId} className="hint date-input-words">
        {parsed ? formatDayInWords(parsed, getLanguage()) : t('date.hint')}
      </span>
    </span>
  );
}
