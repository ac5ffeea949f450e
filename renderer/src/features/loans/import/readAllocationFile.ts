import { t } from '../../../i18n';
import { countDataRows } from './validate';
import { headerRowIndex } from './columns';
import { decodeText, detectFileKind, sniffLength } from './fileKind';
import { parseCsv } from './parseCsv';
import { parseXlsx } from './parseXlsx';

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
export async function readAllocationFile(name: string, file: Blob): Promise<ReadResult> {
  try {
    const kind = detectFileKind(name, new Uint8Array(await file.slice(0, sniffLength).arrayBuffer()));
    if (kind.kind === 'refused') return { ok: false, reason: kind.reason };
    let rows: string[][];
    if (kind.kind === 'xlsx') {
      try {
        rows = await parseXlsx(await file.arrayBuffer());
      } catch {
        return { ok: false, reason: t('import.file.badExcel', { name }) };
      }
    } else {
      rows = parseCsv(decodeText(new Uint8Array(await file.arrayBuffer()), kind.encoding));
    }
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
