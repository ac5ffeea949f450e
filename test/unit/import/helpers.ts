import writeXlsxFile from 'write-excel-file/node';
import { FieldDeskDb } from '../../../renderer/src/db/schema';

let counter = 0;

/** A fresh database per test: fake-indexeddb keeps every name for the life of the worker. */
export function freshDb(): FieldDeskDb {
  counter += 1;
  return new FieldDeskDb(`import-test-${process.pid}-${counter}-${Date.now()}`);
}

type XlsxCell = string | number | Date | null | { value: Date; type: DateConstructor; format: string };

/** Builds a real .xlsx in memory (write-excel-file), as an ArrayBuffer the reader accepts. */
export async function xlsxBytes(rows: XlsxCell[][]): Promise<ArrayBuffer> {
  // write-excel-file's cell typings are stricter than its runtime; the values here are plain.
  const buffer = await writeXlsxFile(rows as never).toBuffer();
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

export const excelDate = (year: number, month: number, day = 1, format = 'dd/mm/yyyy') => ({
  value: new Date(Date.UTC(year, month - 1, day)),
  type: Date,
  format,
});
