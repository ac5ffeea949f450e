import { describe, expect, it } from 'vitest';
import { currentAllocationMonth, normalizeMonthInput } from '../../../renderer/src/features/loans/import/month';

describe('normalizeMonthInput', () => {
  it.each([
    ['2021-7-01', '2021-7-01'],
    ['2021-07-01', '2021-7-01'],
    ['2021-07', '2021-7-01'],
    ['2021-7', '2021-7-01'],
    [' 2021-12-01 ', '2021-12-01'],
    ['2021/07/01', '2021-7-01'],
    ['2021-07-01 00:00:00', '2021-7-01'],
    ['2021-07-01T00:00:00.000Z', '2021-7-01'],
    ['07/2021', '2021-7-01'],
    ['7/2021', '2021-7-01'],
    ['07-2021', '2021-7-01'],
    ['01/07/2021', '2021-7-01'],
    ['01-07-2021', '2021-7-01'],
    ['Jul-2021', '2021-7-01'],
    ['jul 2021', '2021-7-01'],
    ['July 2021', '2021-7-01'],
    ['JULY-2021', '2021-7-01'],
    ['Sept 2021', '2021-9-01'],
    ['Jul-21', '2021-7-01'],
    ['01-Jul-2021', '2021-7-01'],
    ['202107', '2021-7-01'],
    ['44378', '2021-7-01'], // Excel serial of 1 July 2021, from a cell that lost its date format
  ])('reads %j as %s', (input, expected) => {
    expect(normalizeMonthInput(input)).toBe(expected);
  });

  it.each([
    '',
    'July',
    '2021-13-01',
    '2021-07-15', // a day other than the 1st: probably the wrong column
    '15/07/2021',
    '13/2021',
    'Foo-2021',
    '1999-12-01',
    '44392', // 15 July 2021 as a serial
    '12345',
    'next month',
  ])('refuses %j', (input) => {
    expect(normalizeMonthInput(input)).toBeUndefined();
  });
});

describe('currentAllocationMonth', () => {
  it('follows the calendar in India, not UTC', () => {
    // 31 July 2021 20:00 UTC is already 1 August 01:30 in India.
    expect(currentAllocationMonth(Date.UTC(2021, 6, 31, 20, 0))).toBe('2021-8-01');
    expect(currentAllocationMonth(Date.UTC(2021, 6, 31, 18, 0))).toBe('2021-7-01');
  });
});
