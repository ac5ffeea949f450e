import { describe, expect, it } from 'vitest';
import {
  formatMonthName,
  formatPercent,
  formatRupees,
  formatVendorDate,
  formatVendorDateTime,
  parseVendorDate,
  vendorDateKey,
} from '../../../renderer/src/ui/format';

describe('vendor dates', () => {
  it('reads the Credgenics forms', () => {
    expect(formatVendorDate('2020-08-14 14:29:02.660409')).toBe('14/08/2020');
    expect(formatVendorDateTime('2020-08-14 14:29:02.660409')).toBe('14/08/2020 14:29');
    expect(formatVendorDate('2021-05-15')).toBe('15/05/2021');
    expect(formatVendorDate('2021-4-01')).toBe('01/04/2021');
    expect(formatVendorDateTime('2021-07-21 07:50:41')).toBe('21/07/2021 07:50');
  });

  it('reads the GLAAS and India Post forms (already day first)', () => {
    expect(formatVendorDate('05/10/2020')).toBe('05/10/2020');
    expect(formatVendorDateTime('29/09/2020 16:17:42')).toBe('29/09/2020 16:17');
    expect(parseVendorDate('05/10/2020')).toEqual({ year: 2020, month: 10, day: 5 });
  });

  it('gives just the date when there is no time', () => {
    expect(formatVendorDateTime('2021-05-15')).toBe('15/05/2021');
  });

  it('shows an instant with a zone as a clock in India shows it', () => {
    expect(formatVendorDateTime('2021-05-14T19:00:00Z')).toBe('15/05/2021 00:30');
    expect(formatVendorDateTime('2021-05-15T00:30:00+05:30')).toBe('15/05/2021 00:30');
  });

  it('refuses impossible dates and returns unreadable text as it came', () => {
    expect(parseVendorDate('2021-02-30')).toBeUndefined();
    expect(parseVendorDate('31/04/2021')).toBeUndefined();
    expect(parseVendorDate('2021-01-01 25:00:00')).toBeUndefined();
    expect(formatVendorDate(' soon ')).toBe('soon');
    expect(formatVendorDate(null)).toBe('');
    expect(formatVendorDate(undefined)).toBe('');
  });

  it('orders mixed forms by time', () => {
    expect(vendorDateKey('2021-05-15 18:44:15')).toBeGreaterThan(vendorDateKey('15/05/2021 06:43:50'));
    expect(vendorDateKey('05/10/2020')).toBe(vendorDateKey('2020-10-05'));
    expect(vendorDateKey('')).toBeNaN();
  });
});

describe('other formats', () => {
  it('names allocation months', () => {
    expect(formatMonthName('2020-8-01')).toBe('Aug 2020');
    expect(formatMonthName('2021-12-01')).toBe('Dec 2021');
    expect(formatMonthName('2021-13-01')).toBe('2021-13-01');
  });

  it('shows money the Indian way and percentages', () => {
    expect(formatRupees(127718)).toBe('₹1,27,718.00');
    expect(formatRupees(1000000)).toBe('₹10,00,000.00');
    expect(formatPercent(1.66)).toBe('1.66%');
    expect(formatPercent(18)).toBe('18%');
  });
});
