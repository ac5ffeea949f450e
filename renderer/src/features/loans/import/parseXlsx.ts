import { readSheet } from 'read-excel-file/universal';
import { isBlankRow, trimBlankTail } from './parseCsv';

/*
 * 'read-excel-file/universal' is the entry that runs unchanged in the renderer bundle and under
 * Node (vitest): it reads a Blob or an ArrayBuffer and spawns no Web Worker. The '/browser'
 * entry would start workers, which our CSP (script-src 'self', no blob:) is not meant to allow.
 */

type Cell = string | number | boolean | Date | null | undefined;

/** Reads the first sheet of an .xlsx file into rows of text, like parseCsv does for CSV. */
export async function parseXlsx(data: ArrayBuffer | Blob): Promise<string[][]> {
  const sheet = await readSheet(data);
  return trimBlankTail(
    sheet.map((row) => {
      // The library's typings say `typeof Date` (the constructor) where it returns Date values.
      const cells = row.map((cell) => cellToText(cell as unknown as Cell));
      return isBlankRow(cells) ? [] : cells;
    }),
  );
}

/**
 * One cell as the text a user would type. Dates come from read-excel-file as midnight UTC of
 * the calendar day in the sheet, so they are read with UTC getters (local getters would move
 * 1 July to 30 June west of Greenwich) and written YYYY-MM-DD, which the month reader accepts.
 */
export function cellToText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  // Whole numbers below 1e21 print without an exponent, so long numeric loan ids stay whole.
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell;
}
