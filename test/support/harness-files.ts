import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { savedTextBytes } from '../../electron/main/services/saved-files';
import type { FilesPort } from '../../electron/main/services/ports';

/**
 * The browser harness's FilesPort: no dialog, every file goes into `dir` under the suggested
 * name (a later save of the same name replaces it, as after "Replace?" in a dialog). PDFs come
 * from `printPage`, which the fixture makes Chromium's page.pdf: like Electron's printToPDF it
 * applies @media print, so a test reads what a user would get.
 */
export interface HarnessFiles extends FilesPort {
  dir: string;
  /** Full paths of everything saved, in order. */
  files: string[];
  /** Set to true to play "the user closed the dialog" for the next saves. */
  cancel: boolean;
  /** PDFs "opened in the viewer": written into `dir/opened`, full paths in order. */
  opened: string[];
}

export function createHarnessFiles(options: { dir: string; printPage: () => Promise<Uint8Array> }): HarnessFiles {
  const port: HarnessFiles = {
    dir: options.dir,
    files: [],
    cancel: false,
    opened: [],
    savePdf: async (suggestedName) => (port.cancel ? undefined : save(suggestedName, await options.printPage())),
    saveText: async (suggestedName, text) =>
      port.cancel ? undefined : save(suggestedName, savedTextBytes(suggestedName, text)),
    saveBytes: async (suggestedName, bytes) => (port.cancel ? undefined : save(suggestedName, bytes)),
    openPdf: async (suggestedName, bytes) => {
      const dir = path.join(options.dir, 'opened');
      await mkdir(dir, { recursive: true });
      const filePath = path.join(dir, path.basename(suggestedName));
      await writeFile(filePath, bytes);
      port.opened.push(filePath);
    },
  };

  async function save(suggestedName: string, data: Uint8Array): Promise<{ fileName: string }> {
    const fileName = path.basename(suggestedName);
    const filePath = path.join(options.dir, fileName);
    await mkdir(options.dir, { recursive: true });
    await writeFile(filePath, data);
    port.files.push(filePath);
    return { fileName };
  }

  return port;
}
