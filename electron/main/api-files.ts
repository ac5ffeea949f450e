import type { z } from 'zod';
import type { fileChannels } from '../../shared/contract-files';
import { err, ok, type Result } from '../../shared/result';
import type { SaveOutcome } from '../../shared/contract-files';
import type { Logger } from './services/log';
import type { FilesPort } from './services/ports';

type In<K extends keyof typeof fileChannels> = z.output<(typeof fileChannels)[K]['input']>;

/** Saving receipts and reports. A failure to write is told in plain words, never thrown. */
export function fileHandlers(files: FilesPort | undefined, log: Logger) {
  async function save(what: string, write: (port: FilesPort) => Promise<{ fileName: string } | undefined>): Promise<Result<SaveOutcome>> {
    if (!files) return err({ kind: 'not-configured', message: 'Saving files is not available in this window.' });
    try {
      const saved = await write(files);
      return ok(saved ? { saved: true, fileName: saved.fileName } : { saved: false });
    } catch (error) {
      log.warn(`files: could not save the ${what}`, { reason: error instanceof Error ? error.message : String(error) });
      return err({ kind: 'rejected', message: `The ${what} could not be saved. Check the folder and free space, then try again.` });
    }
  }
  return {
    'files.savePdf': ({ suggestedName }: In<'files.savePdf'>) => save('PDF', (f) => f.savePdf(suggestedName)),
    'files.saveText': ({ suggestedName, text }: In<'files.saveText'>) => save('file', (f) => f.saveText(suggestedName, text)),
    'files.savePdfBytes': ({ suggestedName, bytes }: In<'files.savePdfBytes'>) => 
      save('PDF', async (f) => {
        if (!f.saveBytes) throw new Error('saving bytes is not available');
        return f.saveBytes(suggestedName, bytes);
      }),
    'files.openPdf': async ({ suggestedName, bytes }: In<'files.openPdf'>): Promise<Result<{ opened: true }>> => {
      if (!files?.openPdf) return err({ kind: 'not-configured', message: 'Opening files is not available in this window.' });
      try {
        await files.openPdf(suggestedName, bytes);
        return ok({ opened: true as const });
      } catch (error) {
        log.warn('files: could not open the PDF', { reason: error instanceof Error ? error.message : String(error) });
        return err({ kind: 'rejected', message: 'The PDF could not be opened. Save it instead and open it from its folder.' });
      }
    },
  };
}
