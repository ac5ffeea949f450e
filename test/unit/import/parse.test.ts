import { describe, expect, it } from 'vitest';
import { decodeText, detectFileKind } from '../../../renderer/src/features/loans/import/fileKind';
import { parseCsv } from '../../../renderer/src/features/loans/import/parseCsv';
import { cellToText, parseXlsx } from '../../../renderer/src/features/loans/import/parseXlsx';
import { readAllocationFile } from '../../../renderer/src/features/loans/import/readAllocationFile';
import { excelDate, xlsxBytes } from './helpers';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('parseCsv', () => {
  it('handles a BOM, CRLF, quotes with commas, quotes and line breaks inside', () => {
    const text = '\uFEFFloan_id,note\r\nL1,"a, b"\r\nL2,"say ""hi"""\r\nL3,"two\nlines"\r\n';
    expect(parseCsv(text)).toEqual([
      ['loan_id', 'note'],
      ['L1', 'a, b'],
      ['L2', 'say "hi"'],
      ['L3', 'two\nlines'],
    ]);
  });

  it('keeps blank lines in the middle as empty rows (row numbers stay true) and drops them at the end', () => {
    expect(parseCsv('a,b\n\nL1,x\n , \n\n\n')).toEqual([['a', 'b'], [], ['L1', 'x']]);
  });

  it('detects semicolons and tabs', () => {
    expect(parseCsv('loan_id;month\nL1;2021-07')).toEqual([['loan_id', 'month'], ['L1', '2021-07']]);
    expect(parseCsv('loan_id\tmonth\nL1\t2021-07')).toEqual([['loan_id', 'month'], ['L1', '2021-07']]);
  });
});

describe('detectFileKind', () => {
  it('knows an .xlsx by its zip signature, whatever the name says', () => {
    expect(detectFileKind('allocation.csv', bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toEqual({ kind: 'xlsx' });
  });

  it('takes text as CSV, including UTF-16 with a byte-order mark', () => {
    expect(detectFileKind('a.txt', new TextEncoder().encode('loan_id,month\n'))).toEqual({ kind: 'csv', encoding: 'utf-8' });
    expect(detectFileKind('a.txt', bytes(0xff, 0xfe, 0x6c, 0x00))).toEqual({ kind: 'csv', encoding: 'utf-16le' });
  });

  it('refuses an old .xls, binary files and empty files in plain words', () => {
    const xls = detectFileKind('july.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1));
    expect(xls).toMatchObject({ kind: 'refused', reason: expect.stringContaining('old Excel file') });
    const pdf = detectFileKind('scan.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01));
    expect(pdf).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not a CSV or Excel') });
    expect(detectFileKind('empty.csv', bytes())).toMatchObject({ kind: 'refused', reason: expect.stringContaining('empty') });
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and falls back to Windows-1252 for what Excel saves as "CSV" on Windows', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFnaïve'), 'utf-8')).toBe('naïve');
    expect(decodeText(bytes(0x6e, 0x61, 0xef, 0x76, 0x65), 'utf-8')).toBe('naïve');
  });
});

describe('parseXlsx', () => {
  it('reads the first sheet as text: dates as YYYY-MM-DD, numbers whole, blanks kept in the middle', async () => {
    const data = await xlsxBytes([
      ['Loan No', 'Allocation Month', 'Priority', 'GLAAS loan id'],
      ['L1', excelDate(2021, 7), 1, 1234567890123],
      [null, null, null, null],
      ['L2', excelDate(2021, 12, 1, 'mmm-yyyy'), 2.5, null],
      [null, null, null, null],
    ]);
    expect(await parseXlsx(data)).toEqual([
      ['Loan No', 'Allocation Month', 'Priority', 'GLAAS loan id'],
      ['L1', '2021-07-01', '1', '1234567890123'],
      [],
      ['L2', '2021-12-01', '2.5', ''],
    ]);
  });

  it('reads a Blob as well as an ArrayBuffer', async () => {
    const data = await xlsxBytes([['loan_id'], ['L1']]);
    expect(await parseXlsx(new Blob([data]))).toEqual([['loan_id'], ['L1']]);
  });

  it('turns cells into text by the calendar day, whatever the local time zone', () => {
    expect(cellToText(new Date(Date.UTC(2021, 6, 1)))).toBe('2021-07-01');
    expect(cellToText(true)).toBe('TRUE');
    expect(cellToText(null)).toBe('');
  });
});

describe('readAllocationFile', () => {
  it('reads a CSV file into a table with its header', async () => {
    const result = await readAllocationFile('july.csv', new Blob(['\n Loan ID ,Month\nL1,2021-07\n\nL2,2021-07\n']));
    expect(result).toEqual({
      ok: true,
      table: {
        name: 'july.csv',
        kind: 'csv',
        rows: [[], [' Loan ID ', 'Month'], ['L1', '2021-07'], [], ['L2', '2021-07']],
        headerIndex: 1,
        headers: ['Loan ID', 'Month'],
        dataRows: 2,
      },
    });
  });

  it('says why a file cannot be read, without throwing', async () => {
    const notExcel = await readAllocationFile('broken.xlsx', new Blob([bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3)]));
    expect(notExcel).toMatchObject({ ok: false, reason: expect.stringContaining('could not be read') });
    const headerOnly = await readAllocationFile('h.csv', new Blob(['loan_id,month\n']));
    expect(headerOnly).toMatchObject({ ok: false, reason: expect.stringContaining('no rows') });
    const empty = await readAllocationFile('e.csv', new Blob([]));
    expect(empty).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });
});
