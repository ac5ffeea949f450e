import { t } from '../../../i18n';
import { countDataRows } from './validate';
import { headerRowIndex } from './columns';
import { detectFileKind, sniffLength } from './fileKind';
import { MAX_ALLOCATION_MB, MAX_ALLOCATION_ROWS } from './limits';
import { parseInWorker, type ParseOutcome } from './parse-in-worker';
import type { TableKind } from './parseTable';

export interface AllocationTable {
  name: string;
  kind: 'csv' | 'xlsx';
  rows: string[][];
  headerIndex: number;
  headers: string[];
  /** Non-blank rows below the header. */
  dataRows: number;
}

export type ReadResult = { ok: true; table: AllocationTable } | { ok: false; reason: string };

/**
 * Turns a chosen file into a table, or says in plain words why it cannot. Never throws: a
 * damaged or foreign file is an everyday event, not a crash, and nothing is saved at this point.
 */
export async function readAllocationFile(
  name: string,
  file: Blob,
  parse: (file: Blob, kind: TableKind) => Promise<ParseOutcome> = parseInWorker,
): Promise<ReadResult> {
  try {
    // Size first: a file far beyond any allocation is refused before a byte of it is read.
    if (file.size > MAX_ALLOCATION_MB * 1024 * 1024) {
      return { ok: false, reason: t('import.file.tooBig', { name, limitMb: MAX_ALLOCATION_MB }) };
    }
    const kind = detectFileKind(name, new Uint8Array(await file.slice(0, sniffLength).arrayBuffer()));
    if (kind.kind === 'refused') return { ok: false, reason: kind.reason };
    // Parsed in a Web Worker with a time limit: the window stays responsive whatever the file.
    const parsed = await parse(file, kind);
    if (!parsed.ok) {
      switch (parsed.problem) {
        case 'badExcel':
          return { ok: false, reason: t('import.file.badExcel', { name }) };
        case 'excelBomb':
          return { ok: false, reason: t('import.file.excelBomb', { name }) };
        case 'tooManyRows':
          return { ok: false, reason: t('import.file.tooManyRows', { name, limit: MAX_ALLOCATION_ROWS.toLocaleString('en-IN') }) };
        case 'tooSlow':
          return { ok: false, reason: t('import.file.tooSlow', { name }) };
        default:
          return { ok: false, reason: t('import.file.unreadable', { name }) };
      }
    }
    const rows = parsed.rows;
    const headerIndex = headerRowIndex(rows);
    const dataRows = countDataRows(rows, headerIndex);
    if (rows.length === 0) return { ok: false, reason: t('import.file.empty', { name }) };
    if (dataRows === 0) return { ok: false, reason: t('import.file.noRows', { name }) };
    const headers = rows[headerIndex]!.map((h) => h.trim());
    return { ok: true, table: { name, kind: kind.kind, rows, headerIndex, headers, dataRows } };
  } catch {
    return { ok: false, reason: t('import.file.unreadable', { name }) };
  }
}
