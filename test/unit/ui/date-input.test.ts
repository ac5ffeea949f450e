import { describe, expect, it } from 'vitest';
import { clampDay, parseTypedDay, shiftDay, showDay } from '../../../renderer/src/ui/date-input';
import { formatDayInWords, formatIsoDay, formatMonthName } from '../../../renderer/src/ui/format';

describe('a typed date is read day first, whatever the laptop locale', () => {
  it('reads DD/MM/YYYY and its usual variants', () => {
    expect(parseTypedDay('02/12/2026')).toBe('2026-12-02');
    expect(parseTypedDay('2/12/2026')).toBe('2026-12-02');
    expect(parseTypedDay(' 02-12-2026 ')).toBe('2026-12-02');
    expect(parseTypedDay('02.12.2026')).toBe('2026-12-02');
    expect(parseTypedDay('02122026')).toBe('2026-12-02');
  });

  it('never reads it month first: 12/02/2026 is 12 February', () => {
    expect(parseTypedDay('12/02/2026')).toBe('2026-02-12');
    expect(parseTypedDay('12/13/2026')).toBeUndefined();
  });

  it('refuses days that do not exist, half-typed text and two-digit years', () => {
    for (const text of ['31/02/2026', '29/02/2025', '00/01/2026', '01/00/2026', '02/12', '02/12/26', 'today', '', '2026-12-02']) {
      expect(parseTypedDay(text), text).toBeUndefined();
    }
    expect(parseTypedDay('29/02/2028')).toBe('2028-02-29');
  });

  it('shows a stored day as DD/MM/YYYY and leaves other text alone', () => {
    expect(showDay('2026-12-02')).toBe('02/12/2026');
    expect(showDay('')).toBe('');
    expect(showDay('02/1')).toBe('02/1');
  });

  it('moves by days across months and years, and by months keeping the day where it can', () => {
    expect(shiftDay('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shiftDay('2026-03-01', { days: -1 })).toBe('2026-02-28');
    expect(shiftDay('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shiftDay('2026-01-15', { months: -1 })).toBe('2025-12-15');
  });

  it('keeps the arrow keys inside the allowed days', () => {
    expect(clampDay('2026-12-03', undefined, '2026-12-02')).toBe('2026-12-02');
    expect(clampDay('2026-11-30', '2026-12-01')).toBe('2026-12-01');
    expect(clampDay('2026-12-01', '2026-11-01', '2026-12-31')).toBe('2026-12-01');
  });
});

describe('dates and months in words', () => {
  it('writes a day as "2 Dec 2026" or "2 दिसं॰ 2026"', () => {
    expect(formatDayInWords('2026-12-02')).toBe('2 Dec 2026');
    expect(formatDayInWords('2026-12-02', 'hi')).toBe('2 दिसं॰ 2026');
    expect(formatDayInWords('05/10/2020', 'en')).toBe('5 Oct 2020');
  });

  it('writes an allocation month as "Dec 2026", never 2026-12-01', () => {
    expect(formatMonthName('2026-12-01')).toBe('Dec 2026');
    expect(formatMonthName('2026-12-01', 'hi-IN')).toBe('दिसं॰ 2026');
    expect(formatMonthName('2020-8-01', 'en-IN')).toBe('Aug 2020');
  });

  it('turns a stored day into DD/MM/YYYY', () => {
    expect(formatIsoDay('2026-12-02')).toBe('02/12/2026');
    expect(formatIsoDay('not a day')).toBe('not a day');
  });
});
