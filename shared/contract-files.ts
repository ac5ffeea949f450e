import { z } from 'zod';

/**
 * Saving what the user asked to keep (a receipt as PDF, a report as CSV). The main process shows
 * the save dialog and writes the file; the renderer never learns more than "saved" and the name.
 */

/** A file name, not a path: no separators, no control characters, a known extension. */
export const SuggestedFileName = (extension: 'pdf' | 'csv') =>
  z
    .string()
    .trim()
    .min(5)
    .max(120)
    .regex(/^[^\\/:*?"<>|\x00-\x1f]+$/, 'A file name cannot contain / \\ : * ? " < > |')
    .refine((name) => name.toLowerCase().endsWith(`.${extension}`), `The name must end in .${extension}`);

export const SaveOutcome = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), fileName: z.string() }),
  /** The user closed the dialog: not an error. */
  z.object({ saved: z.literal(false) }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** 20 MB of CSV is far beyond a month of visits; the cap keeps a bug from filling the disk. */
export const MAX_SAVED_TEXT = 20 * 1024 * 1024;

/** A PDF from a platform (the GLAAS loan agreement): checked by its first bytes, capped in size. */
export const MAX_SAVED_PDF = 50 * 1024 * 1024;
const PdfBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SAVED_PDF, 'The document is empty or too large')
  .refine((b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d, 'The document is not a PDF');

export const fileChannels = {
  /** Prints the page now showing (the receipt) to PDF and saves it where the user chooses. */
  'files.savePdf': { input: z.strictObject({ suggestedName: SuggestedFileName('pdf') }), output: SaveOutcome },
  'files.saveText': {
    input: z.strictObject({ suggestedName: SuggestedFileName('csv'), text: z.string().max(MAX_SAVED_TEXT) }),
    output: SaveOutcome,
  },
  /** Saves a PDF the renderer holds (the loan agreement) where the user chooses. */
  'files.savePdfBytes': { input: z.strictObject({ suggestedName: SuggestedFileName('pdf'), bytes: PdfBytes }), output: SaveOutcome },
  /** Opens a PDF the renderer holds in the laptop's PDF viewer (the page itself cannot embed one). */
  'files.openPdf': {
    input: z.strictObject({ suggestedName: SuggestedFileName('pdf'), bytes: PdfBytes }),
    output: z.object({ opened: z.literal(true) }),
  },
} as const;
