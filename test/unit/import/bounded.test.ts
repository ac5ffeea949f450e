import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAllocationFile } from '../../../renderer/src/features/loans/import/readAllocationFile';
import { parseInWorker } from '../../../renderer/src/features/loans/import/parse-in-worker';
import { parseTable } from '../../../renderer/src/features/loans/import/parseTable';
import { zipLooksLikeBomb } from '../../../renderer/src/features/loans/import/zipSize';
import { xlsxBomb } from '../../support/xlsx-bomb';

/**
 * Issue 12, item 5: allocation files are capped in size and rows, parsed off the page's thread
 * with a time limit, and an .xlsx bomb is refused from its directory before anything unpacks.
 */
const MB = 1024 * 1024;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('allocation files within bounds', () => {
  it('a 1M-row CSV is refused in plain words, reading no further than the row limit', { timeout: 60_000 }, async () => {
    const lines = ['loan_id,allocation_month'];
    for (let i = 0; i < 1_000_000; i += 1) lines.push(`L${i},2024-07`);
    const file = new Blob([lines.join('\n')]);
    expect(file.size).toBeLessThan(20 * MB); // under the size cap: the row cap is what refuses it
    const result = await readAllocationFile('million.csv', file);
    expect(result).toEqual({
      ok: false,
      reason: '“million.csv” has more than 1,00,000 rows. Split the file and import each part.',
    });
  });

  it('a 50 MB file is refused by its size before it is read', async () => {
    const parse = vi.fn();
    const file = new Blob([new Uint8Array(50 * MB).fill(0x41)]);
    const result = await readAllocationFile('huge.csv', file, parse);
    expect(result).toEqual({
      ok: false,
      reason: '“huge.csv” is larger than 20 MB. FieldDesk imports allocation files up to that size: split the file and import each part.',
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('an xlsx bomb (a small zip unpacking to 150 MB) is refused before it is unpacked', async () => {
    const bomb = xlsxBomb(150, MB);
    expect(bomb.byteLength).toBeLessThan(MB);
    expect(zipLooksLikeBomb(bomb)).toBe(true);
    const result = await readAllocationFile('allocation.xlsx', new Blob([bomb]));
    expect(result).toEqual({
      ok: false,
      reason: '“allocation.xlsx” unpacks to far more data than an allocation file holds, so FieldDesk did not open it.',
    });
    // A real small workbook's directory is not mistaken for a bomb.
    expect(zipLooksLikeBomb(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * MB) }))).toBe(false);
    expect(zipLooksLikeBomb(xlsxBomb(3, MB))).toBe(false);
  });

  it('a parse that runs past the time limit is stopped: the worker is terminated', async () => {
    vi.useFakeTimers();
    const terminated = vi.fn();
    const posted: unknown[] = [];
    class SilentWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: (() => void) | null = null;
      postMessage(m: unknown) {
        posted.push(m);
      }
      terminate = terminated;
    }
    vi.stubGlobal('Worker', SilentWorker);
    const pending = parseInWorker(new Blob(['a,b\n1,2']), { kind: 'csv', encoding: 'utf-8' }, 5_000);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await pending).toEqual({ ok: false, problem: 'tooSlow' });
    expect(posted).toHaveLength(1); // the file went to the worker, not parsed on the page
    expect(terminated).toHaveBeenCalledTimes(1);
    const slow = await readAllocationFile('slow.csv', new Blob(['a,b\n1,2']), async () => ({ ok: false, problem: 'tooSlow' }));
    expect(slow).toEqual({ ok: false, reason: '“slow.csv” took too long to read and was stopped. Split the file and import each part.' });
  });

  it('a file within bounds still reads', async () => {
    expect(await parseTable(new Blob(['loan_id,month\nL1,2024-07\n']), { kind: 'csv', encoding: 'utf-8' })).toEqual({
      ok: true,
      rows: [
        ['loan_id', 'month'],
        ['L1', '2024-07'],
      ],
    });
  });
});
