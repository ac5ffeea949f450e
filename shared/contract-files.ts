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

export const fileChannels = {
  /** Prints the page now showing (the receipt) to PDF and saves it where the user chooses. */
  'files.savePdf': { input: z.strictObject({ suggestedName: SuggestedFileName('pdf') }), output: SaveOutcome },
  'files.saveText': {
    input: z.strictObject({ suggestedName: SuggestedFileName('csv'), text: z.string().max(MAX_SAVED_TEXT) }),
    output: SaveOutcome,
  },
} as const;
