import Papa from 'papaparse';
import { decodeText } from './fileKind';
import { MAX_ALLOCATION_ROWS } from './limits';
import { isBlankRow, trimBlankTail } from './parseCsv';
import { parseXlsx } from './parseXlsx';
import { zipLooksLikeBomb } from './zipSize';

export type TableKind = { kind: 'csv'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { kind: 'xlsx' };
export type TableProblem = 'badExcel' | 'excelBomb' | 'tooManyRows' | 'unreadable';
export type TableResult = { ok: true; rows: string[][] } | { ok: false; problem: TableProblem };

/**
 * The heavy part of reading an allocation file, with no DOM and no messages (it runs in a Web
 * Worker; the page turns problems into words). Stops reading at the row limit instead of
 * building a million rows first.
 */
export async function parseTable(file: Blob, kind: TableKind): Promise<TableResult> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let rows: string[][];
    if (kind.kind === 'xlsx') {
      if (zipLooksLikeBomb(bytes)) return { ok: false, problem: 'excelBomb' };
      try {
        rows = await parseXlsx(bytes.buffer as ArrayBuffer);
      } catch {
        return { ok: false, problem: 'badExcel' };
      }
    } else {
      const text = decodeText(bytes, kind.encoding).replace(/^\uFEFF/, '');
      // preview: Papa stops after this many rows, so a huge file costs no more than the limit.
      const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, preview: MAX_ALLOCATION_ROWS + 2 });
      rows = trimBlankTail(parsed.data.map((row) => (isBlankRow(row) ? [] : row)));
    }
    if (rows.length > MAX_ALLOCATION_ROWS + 1) return { ok: false, problem: 'tooManyRows' };
    return { ok: true, rows };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
