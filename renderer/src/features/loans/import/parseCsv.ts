import Papa from 'papaparse';

/**
 * Reads CSV text (comma, semicolon, tab or pipe separated; quotes, CRLF and a BOM handled) into
 * rows of cells. A blank line comes back as an empty row rather than being dropped, so a row's
 * position stays its row number in the file (what the user sees in Excel when fixing a bad
 * row); validation skips blank rows. Blank lines at the end are dropped.
 */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  return trimBlankTail(result.data.map((row) => (isBlankRow(row) ? [] : row)));
}

export function isBlankRow(row: readonly (string | undefined)[]): boolean {
  return row.every((cell) => cell === undefined || cell.trim() === '');
}

export function trimBlankTail(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1]!)) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}
