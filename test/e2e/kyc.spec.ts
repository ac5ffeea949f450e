import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { makeCameraPhotoBase64, makePdf, makePngBase64, withExifOrientation } from '../support/kyc-files';
import { ocrFieldLabel } from '../../renderer/src/features/kyc/ocr-fields';
import { expect, test } from './fixtures';
import { openFromMenu } from './steps';
import { readStore } from '../support/seed-outbox';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A 12-megapixel camera JPEG (~12 MB), made in the page's Chromium. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(makeCameraPhotoBase64, { width: 4000, height: 3000, quality: 1, noise: 2 });
  return Buffer.from(base64, 'base64');
}

async function openApplication(page: Page, requestFlowId: number): Promise<void> {
  await openFromMenu(page, 'KYC documents');
  await page.getByRole('textbox', { name: 'Application number (GLAAS requestFlowId)' }).fill(String(requestFlowId));
  await page.getByRole('button', { name: 'Open application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Application ${requestFlowId}` })).toBeVisible();
}

/** Drops files on the drop zone as a file manager would (a DataTransfer with File objects). */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Buffer }[]): Promise<void> {
  const zone = page.getByRole('region', { name: 'Drop documents here' });
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  await zone.evaluate((element, list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const binary = atob(f.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

/** What the app stored: each document's name, size and sha256 (sealed records opened as the app opens them). */
async function storedDocuments(page: Page): Promise<{ id: string; name: string; size: number; sha: string }[]> {
  const rows = await readStore<{ id: string; name: string; file?: { bytes: Uint8Array } }>(page, 'documents');
  return rows
    .filter((row) => row.file)
    .map((row) => {
      const bytes = Buffer.from(row.file!.bytes);
      return { id: row.id, name: row.name, size: bytes.length, sha: sha256(bytes) };
    });
}

const documentItem = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Documents of this application' }).getByRole('listitem', { name });

test('offline: a 12 MP photo, a PNG and a PDF wait on the laptop, then upload with the bytes stored, and their OCR fields show', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.main.invoke('settings.update', TRAINING);
  const requestFlowId = app.sandbox.state.dataset.links[0]!.requestFlowId;
  await app.open();
  const photo = await cameraPhoto(page);
  expect(photo.length).toBeGreaterThan(10 * 1024 * 1024);
  expect(photo.length).toBeLessThan(15 * 1024 * 1024);
  const png = Buffer.from(await page.evaluate(makePngBase64, { width: 800, height: 600 }), 'base64');
  const pdf = makePdf(200 * 1024);

  await app.network(false);
  await openApplication(page, requestFlowId);
  // The picker takes the photo and the PNG; the PDF is dragged in.
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'statement-photo.jpg', mimeType: 'image/jpeg', buffer: photo },
    { name: 'form.png', mimeType: 'image/png', buffer: png },
  ]);
  await dropFiles(page, [{ name: 'agreement-scan.pdf', type: 'application/pdf', bytes: pdf }]);

  // Each is shown before it goes, with what preparation did to it.
  const ready = page.getByRole('list', { name: 'Check before saving' });
  await expect(ready.getByRole('listitem')).toHaveCount(3, { timeout: 20_000 });
  await expect(ready.getByRole('img', { name: 'Preview of statement-photo.jpg' })).toBeVisible();
  await expect(ready.getByRole('listitem', { name: 'statement-photo.jpg' })).toContainText(/Before: 1\d\.\d MB 4000 × 3000 px → after: .* 2000 × 1500 px/);
  await expect(ready.getByRole('listitem', { name: 'form.png' })).toContainText('Kept as it is (already small enough)');
  await expect(ready.getByRole('listitem', { name: 'agreement-scan.pdf' })).toContainText('Kept as it is');
  await page.getByRole('button', { name: 'Save 3 document(s)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 document(s) saved on this laptop' })).toBeVisible();

  for (const name of ['statement-photo.jpg', 'form.png', 'agreement-scan.pdf']) {
    await expect(documentItem(page, name).getByRole('status', { name: 'Saved on this laptop' })).toBeVisible();
  }
  expect(app.sandbox.state.documents).toHaveLength(0);
  const stored = await storedDocuments(page);
  expect(stored).toHaveLength(3);
  const storedPhoto = stored.find((d) => d.name === 'statement-photo.jpg')!;
  expect(storedPhoto.size).toBeLessThanOrEqual(1024 * 1024);
  expect(stored.find((d) => d.name === 'form.png')!.sha).toBe(sha256(png));
  expect(stored.find((d) => d.name === 'agreement-scan.pdf')!.sha).toBe(sha256(pdf));

  await app.network(true);
  for (const name of ['statement-photo.jpg', 'form.png', 'agreement-scan.pdf']) {
    await expect(documentItem(page, name).getByRole('status', { name: 'Sent' })).toBeVisible({ timeout: 30_000 });
  }
  // GLAAS has exactly these three files, byte for byte as the app stored them.
  const received = app.sandbox.state.documents;
  expect(received).toHaveLength(3);
  expect(received.map((d) => d.sha256).sort()).toEqual(stored.map((d) => d.sha).sort());
  expect(new Set(received.map((d) => d.requestFlowId))).toEqual(new Set([requestFlowId]));
  expect(received.find((d) => d.filename === 'statement-photo.jpg')!.contentType).toBe('image/jpeg');

  // What OCR read is shown beside each document, with GLAAS's ids.
  for (const doc of received) {
    const item = documentItem(page, doc.filename);
    const ocr = item.getByRole('region', { name: 'What GLAAS read' });
    await expect(ocr).toContainText(String(doc.id));
    await expect(ocr).toContainText(doc.documentName);
    const fields = ocr.getByRole('definition');
    // Each field under a label in words (acc_no → Account number), never the raw key.
    for (const field of doc.ocr.fields) await expect(ocr).toContainText(`${ocrFieldLabel(field.key)}${field.value}`);
    // GLAAS's ids sit under "For support" (closed), so the visible list is exactly what OCR read.
    expect(await fields.count()).toBe(doc.ocr.fields.length);
  }
  await expect(page.getByText('3 of 3 uploaded (100%)')).toBeVisible();
});

test('a text file named .jpg is refused, a 30 MB PDF is refused with the limit, and an EXIF-rotated photo comes out upright', async ({
  page,
  app,
}) => {
  await app.main.invoke('settings.update', TRAINING);
  await app.open();
  await openApplication(page, app.sandbox.state.dataset.links[0]!.requestFlowId);
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'id-card.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('This is plain text, not a photo.\n'.repeat(100)) },
    { name: 'big-scan.pdf', mimeType: 'application/pdf', buffer: makePdf(30 * 1024 * 1024) },
  ]);
  const refused = page.getByRole('alert', { name: 'Files not added' });
  await expect(refused).toContainText('id-card.jpg was not added: it is not a JPEG or PNG photo or a PDF');
  await expect(refused).toContainText('big-scan.pdf was not added: it is 30 MB, and PDFs can be at most 10 MB');
  await expect(page.getByRole('list', { name: 'Check before saving' })).toHaveCount(0);

  // A landscape 3000 × 2000 sensor image the camera marked "turn 90°": prepared upright, 2000 px tall.
  const landscape = Buffer.from(await page.evaluate(makeCameraPhotoBase64, { width: 3000, height: 2000, quality: 0.9, noise: 4 }), 'base64');
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'turned.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(withExifOrientation(landscape, 6)) },
  ]);
  await expect(page.getByRole('listitem', { name: 'turned.jpg' })).toContainText('2000 × 3000 px → after:');
  await expect(page.getByRole('listitem', { name: 'turned.jpg' })).toContainText('1333 × 2000 px');
  await expect(page.getByRole('button', { name: 'Save 1 document(s)' })).toBeEnabled();
  expect(app.sandbox.state.documents).toHaveLength(0);
});

test('a reload during an upload does not lose the document: it uploads after the reload, once', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.main.invoke('settings.update', TRAINING);
  const requestFlowId = app.sandbox.state.dataset.links[0]!.requestFlowId;
  await app.open();
  const photo = await cameraPhoto(page);
  // A slow link (200 KB/s): the ~1 MB upload takes several seconds, long enough to reload in.
  app.sandbox.setFaults({ uploadBytesPerSec: 200 * 1024 });
  await openApplication(page, requestFlowId);
  await page.getByLabel('Choose files').setInputFiles([{ name: 'slow-photo.jpg', mimeType: 'image/jpeg', buffer: photo }]);
  await page.getByRole('button', { name: 'Save 1 document(s)' }).click();
  const item = documentItem(page, 'slow-photo.jpg');
  await expect(item.getByRole('status', { name: 'Sending' })).toBeVisible({ timeout: 15_000 });
  // Its progress is shown while it goes (how far the main process has streamed the body).
  await expect(item.getByRole('progressbar', { name: 'Upload of slow-photo.jpg' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'All uploads' })).toBeVisible();
  const [stored] = await storedDocuments(page);
  expect(app.sandbox.state.documents).toHaveLength(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Application ${requestFlowId}` })).toBeVisible();
  await expect(documentItem(page, 'slow-photo.jpg').getByRole('status', { name: 'Sent' })).toBeVisible({ timeout: 60_000 });
  await expect(documentItem(page, 'slow-photo.jpg').getByRole('region', { name: 'What GLAAS read' })).toBeVisible();
  // The upload still running in the main process was joined, not sent a second time.
  expect(app.sandbox.state.documents.map((d) => d.sha256)).toEqual([stored!.sha]);
});

test('GLAAS refusing a document (400) shows its reason; the loan agreement opens and saves as PDF online and says why not offline', async ({
  page,
  app,
}) => {
  await app.main.invoke('settings.update', TRAINING);
  const requestFlowId = app.sandbox.state.dataset.links[0]!.requestFlowId;
  await app.open();
  // An application GLAAS does not know: Upload Document answers 400 with its reason.
  await openApplication(page, 999999);
  await page.getByLabel('Choose files').setInputFiles([{ name: 'kyc.pdf', mimeType: 'application/pdf', buffer: makePdf() }]);
  await page.getByRole('button', { name: 'Save 1 document(s)' }).click();
  const item = documentItem(page, 'kyc.pdf');
  await expect(item.getByRole('status', { name: 'Needs your attention' })).toBeVisible({ timeout: 15_000 });
  await expect(item.getByRole('alert')).toContainText('Unknown requestFlowId 999999');

  await openApplication(page, requestFlowId);
  await page.getByRole('button', { name: 'Save loan agreement as PDF' }).click();
  await expect(page.getByText(`Saved as Loan agreement ${requestFlowId}.pdf.`)).toBeVisible();
  const saved = app.saved.files.at(-1)!;
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(saved)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.getByRole('button', { name: 'Open loan agreement' }).click();
  await expect(page.getByText('The loan agreement opened in the PDF viewer.')).toBeVisible();
  expect(app.saved.opened).toHaveLength(1);

  await app.network(false);
  await expect(page.getByRole('button', { name: 'Save loan agreement as PDF' })).toBeDisabled();
  await expect(page.getByText('The loan agreement comes from GLAAS, so it needs a network.')).toBeVisible();
});
