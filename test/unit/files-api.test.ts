import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createElectronFiles, receiptPdfOptions, type PrintableWindow } from '../../electron/main/files';
import type { FilesPort } from '../../electron/main/services/ports';
import { createHarnessFiles } from '../support/harness-files';
import { createHarnessMain } from '../support/harness-main';

const fakeSandbox = {
  credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training', glaasPassword: 'training' },
};

type Answer = { ok: true; value: unknown } | { ok: false; error: { kind: string; message: string; details?: unknown } };
const mainWith = (files?: FilesPort) => createHarnessMain({ sandbox: fakeSandbox, files });
const pdf = { suggestedName: 'Receipt FD-KA3Z-7QMP-R2XD.pdf' };
const csv = { suggestedName: 'Day report 2025-11-03.csv', text: 'Amount,Name\n₹1,00,000.00,राम\n' };

const temps: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fielddesk-files-'));
  temps.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe('the files channels (receipts and reports)', () => {
  it('answer not-configured where no files port was given', async () => {
    const main = mainWith();
    for (const [channel, input] of [['files.savePdf', pdf], ['files.saveText', csv]] as const) {
      const answer = (await main.invoke(channel, input)) as Answer;
      expect(answer).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
    }
  });

  it('save and answer the file name', async () => {
    const calls: string[] = [];
    const main = mainWith({
      savePdf: async (name) => (calls.push(`pdf ${name}`), { fileName: name }),
      saveText: async (name, text) => (calls.push(`text ${name} ${text.length}`), { fileName: 'renamed.csv' }),
    });
    expect(await main.invoke('files.savePdf', pdf)).toEqual({ ok: true, value: { saved: true, fileName: pdf.suggestedName } });
    expect(await main.invoke('files.saveText', csv)).toEqual({ ok: true, value: { saved: true, fileName: 'renamed.csv' } });
    expect(calls).toEqual([`pdf ${pdf.suggestedName}`, `text ${csv.suggestedName} ${csv.text.length}`]);
  });

  it('answer saved: false, not an error, when the user cancels', async () => {
    const main = mainWith({ savePdf: async () => undefined, saveText: async () => undefined });
    expect(await main.invoke('files.savePdf', pdf)).toEqual({ ok: true, value: { saved: false } });
    expect(await main.invoke('files.saveText', csv)).toEqual({ ok: true, value: { saved: false } });
  });

  it('turn a failing write into plain words, with no stack or path, and log why', async () => {
    const failure = new Error("EACCES: permission denied, open '/home/agent/Documents/Receipt.pdf'");
    const main = mainWith({
      savePdf: async () => {
        throw failure;
      },
      saveText: async () => {
        throw 'disk full';
      },
    });
    for (const [channel, input] of [['files.savePdf', pdf], ['files.saveText', csv]] as const) {
      const answer = (await main.invoke(channel, input)) as Answer;
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.kind).toBe('rejected');
      expect(answer.error.message).toMatch(/could not be saved\. Check the folder and free space/);
      const text = JSON.stringify(answer);
      for (const leak of ['EACCES', '/home/agent', ' at ', 'disk full', 'Error']) expect(text).not.toContain(leak);
    }
    expect(main.logs.filter((r) => r.level === 'warn').map((r) => r.data?.reason)).toEqual([failure.message, 'disk full']);
  });

  it('refuse names that are paths or have the wrong extension, before any port is called', async () => {
    let called = 0;
    const main = mainWith({ savePdf: async () => void (called += 1), saveText: async () => void (called += 1) } as FilesPort);
    for (const suggestedName of ['../../etc/x.pdf', 'C:\\x.pdf', 'receipt.exe', 'a.pdf\u0000.exe']) {
      expect(await main.invoke('files.savePdf', { suggestedName })).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    }
    expect(await main.invoke('files.saveText', { suggestedName: 'report.pdf', text: '' })).toMatchObject({ ok: false });
    expect(called).toBe(0);
  });
});

describe('the Electron files port', () => {
  function fakeShell(answer: { canceled: boolean; filePath?: string }) {
    const seen: { dialog: unknown[]; printed: unknown[]; written: Array<[string, Uint8Array]> } = { dialog: [], printed: [], written: [] };
    const win: PrintableWindow = {
      webContents: {
        printToPDF: async (options) => {
          seen.printed.push(options);
          return Buffer.from('%PDF-1.7 receipt');
        },
      },
    };
    const port = createElectronFiles({
      getWindow: () => win,
      dialog: {
        showSaveDialog: async (w, options) => {
          expect(w).toBe(win);
          seen.dialog.push(options);
          return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
        },
      },
      app: { getPath: () => '/home/agent/Documents' },
      writeFile: async (filePath, data) => void seen.written.push([filePath, data]),
    });
    return { port, seen };
  }

  it('asks where, in Documents, then prints the window to an A4 PDF and writes it', async () => {
    const { port, seen } = fakeShell({ canceled: false, filePath: '/home/agent/Desktop/Receipt FD-1' });
    expect(await port.savePdf('Receipt FD-1.pdf')).toEqual({ fileName: 'Receipt FD-1.pdf' });
    expect(seen.dialog).toEqual([
      expect.objectContaining({
        defaultPath: path.join('/home/agent/Documents', 'Receipt FD-1.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    ]);
    expect(seen.printed).toEqual([receiptPdfOptions]);
    expect(receiptPdfOptions).toEqual({ printBackground: true, pageSize: 'A4' });
    // The typed name had no extension: the file still ends in .pdf.
    expect(seen.written.map(([p, d]) => [p, Buffer.from(d).toString()])).toEqual([
      ['/home/agent/Desktop/Receipt FD-1.pdf', '%PDF-1.7 receipt'],
    ]);
  });

  it('prints and writes nothing when the user cancels', async () => {
    const { port, seen } = fakeShell({ canceled: true });
    expect(await port.savePdf('Receipt FD-1.pdf')).toBeUndefined();
    expect(await port.saveText('Report.csv', 'a,b')).toBeUndefined();
    expect(seen.printed).toEqual([]);
    expect(seen.written).toEqual([]);
  });

  it('writes CSV as UTF-8 with a byte-order mark, so Excel shows ₹ and Hindi', async () => {
    const { port, seen } = fakeShell({ canceled: false, filePath: '/tmp/Report.csv' });
    expect(await port.saveText('Report.csv', csv.text)).toEqual({ fileName: 'Report.csv' });
    const [[, data]] = seen.written as [[string, Uint8Array]];
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(data).toString('utf8')).toBe(`\uFEFF${csv.text}`);
  });

  it('fails (for the handler to word it) when there is no window', async () => {
    const port = createElectronFiles<PrintableWindow>({
      getWindow: () => undefined,
      dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
      app: { getPath: () => '/tmp' },
    });
    await expect(port.savePdf('Receipt FD-1.pdf')).rejects.toThrow(/no FieldDesk window/);
  });
});

describe('the harness files port', () => {
  it('writes into its folder, records the paths, and can play a cancelled dialog', async () => {
    const dir = await tempDir();
    const files = createHarnessFiles({ dir, printPage: async () => Buffer.from('%PDF-1.4 page') });
    expect(await files.savePdf('Receipt FD-1.pdf')).toEqual({ fileName: 'Receipt FD-1.pdf' });
    expect(await files.saveText('Report.csv', csv.text)).toEqual({ fileName: 'Report.csv' });
    expect(files.files).toEqual([path.join(dir, 'Receipt FD-1.pdf'), path.join(dir, 'Report.csv')]);
    expect(await readFile(files.files[0]!, 'utf8')).toBe('%PDF-1.4 page');
    expect(await readFile(files.files[1]!, 'utf8')).toBe(`\uFEFF${csv.text}`);
    files.cancel = true;
    expect(await files.savePdf('Receipt FD-2.pdf')).toBeUndefined();
    expect(files.files).toHaveLength(2);
  });
});
