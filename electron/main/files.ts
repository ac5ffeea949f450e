/**
 * The Electron FilesPort: a native save dialog, then the file. Receipts are the window itself
 * printed to PDF (the renderer's @media print rules leave only the receipt). Electron's `dialog`
 * and `app` are passed in by index.ts, so this file has no runtime import of 'electron' and its
 * logic runs under plain Node in tests.
 */
import { promises as fs, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileFilter, PrintToPDFOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { extensionOf, savedTextBytes, withExtension } from './services/saved-files';
import type { FilesPort } from './services/ports';

/** The part of a BrowserWindow this needs. */
export interface PrintableWindow {
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Buffer | Uint8Array> };
}

export interface ElectronFilesDeps<W extends PrintableWindow> {
  /** The window showing the receipt (the dialog is modal to it). */
  getWindow: () => W | undefined;
  dialog: { showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue> };
  app: { getPath(name: 'documents' | 'temp'): string };
  /** Electron's shell.openPath: '' on success, else the reason. */
  openPath?: (filePath: string) => Promise<string>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
}

const filters: Record<string, FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  csv: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
};

/** A4, as Indian offices print; backgrounds on so the receipt's rules and shading print too. */
export const receiptPdfOptions: PrintToPDFOptions = { printBackground: true, pageSize: 'A4' };

/**
 * Loan agreements opened for viewing are written under one folder of our own in the temp
 * directory, so they can all be deleted when the app quits, and at the next start if it crashed:
 * a borrower's agreement must not stay readable on the laptop after the agent looked at it.
 */
export const VIEWING_FOLDER = 'fielddesk-viewing';
export const viewingRoot = (tempDir: string) => path.join(tempDir, VIEWING_FOLDER);

/**
 * Deletes every file opened for viewing. Synchronous: it runs in 'will-quit', where Electron does
 * not wait for promises. Also removes the per-file folders older builds made directly in the temp
 * directory (fielddesk-XXXXXX holding only PDFs). A file a viewer still holds open (Windows) is
 * left for the next start; nothing here throws.
 */
export function removeViewedFiles(tempDir: string): void {
  try {
    rmSync(viewingRoot(tempDir), { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // a viewer still holds a file: the next start tries again
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(tempDir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (!/^fielddesk-[A-Za-z0-9]{6}$/.test(name)) continue;
    const dir = path.join(tempDir, name);
    try {
      if (!statSync(dir).isDirectory()) continue;
      const inside = readdirSync(dir);
      if (inside.every((f) => f.toLowerCase().endsWith('.pdf'))) rmSync(dir, { recursive: true, force: true });
    } catch {
      // not ours to worry about
    }
  }
}

export function createElectronFiles<W extends PrintableWindow>(deps: ElectronFilesDeps<W>): FilesPort {
  const writeFile = deps.writeFile ?? ((filePath, data) => fs.writeFile(filePath, data));

  function windowNow(): W {
    const win = deps.getWindow();
    if (!win) throw new Error('There is no FieldDesk window to save from.');
    return win;
  }

  /** Asks where to save; undefined when the user cancels. */
  async function chooseFile(win: W, suggestedName: string): Promise<string | undefined> {
    const extension = extensionOf(suggestedName);
    const answer = await deps.dialog.showSaveDialog(win, {
      defaultPath: path.join(deps.app.getPath('documents'), path.basename(suggestedName)),
      filters: filters[extension] ?? [],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (answer.canceled || !answer.filePath) return undefined;
    return withExtension(answer.filePath, extension);
  }

  return {
    async savePdf(suggestedName) {
      const win = windowNow();
      const filePath = await chooseFile(win, suggestedName);
      if (!filePath) return undefined;
      const pdf = await win.webContents.printToPDF(receiptPdfOptions);
      await writeFile(filePath, pdf);
      return { fileName: path.basename(filePath) };
    },
    async saveBytes(suggestedName, bytes) {
      const win = windowNow();
      const filePath = await chooseFile(win, suggestedName);
      if (!filePath) return undefined;
      await writeFile(filePath, bytes);
      return { fileName: path.basename(filePath) };
    },
    async openPdf(suggestedName, bytes) {
      if (!deps.openPath) throw new Error('There is no PDF viewer to open with.');
      // A folder of our own under the viewing folder, so the name cannot clash with another file
      // and everything viewed is deleted together (removeViewedFiles).
      const root = viewingRoot(deps.app.getPath('temp'));
      await fs.mkdir(root, { recursive: true });
      const dir = await fs.mkdtemp(path.join(root, 'pdf-'));
      const filePath = path.join(dir, withExtension(path.basename(suggestedName), 'pdf'));
      await writeFile(filePath, bytes);
      const problem = await deps.openPath(filePath);
      if (problem) throw new Error(problem);
    },
    async saveText(suggestedName, text) {
      const win = windowNow();
      const filePath = await chooseFile(win, suggestedName);
      if (!filePath) return undefined;
      await writeFile(filePath, savedTextBytes(filePath, text));
      return { fileName: path.basename(filePath) };
    },
  };
}
