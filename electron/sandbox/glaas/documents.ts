import { createHash, randomUUID } from 'node:crypto';
import { header, isObject, parseJsonBody, type Ctx, type Reply } from '../core';
import { json } from '../core';
import { cgDate, istEpochDay, fromEpochDay } from '../time';
import type { DocumentRecord } from '../types';
import { TRAINING_USER_ID } from './auth';
import { ocrFor } from './ocr';
import { simplePdf } from './pdf';
import { amountString, asRequestFlowId, rejected } from './replies';

/** The document's example uploads carry uploadDocumentType 37; a numeric part name picks another. */
const DEFAULT_DOCUMENT_TYPE = 37;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

function extensionOf(filename: string, contentType: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(filename);
  if (m?.[1]) return m[1].toLowerCase();
  return EXTENSIONS[contentType.split(';')[0]?.trim() ?? ''] ?? 'bin';
}

function knownRequestFlow(ctx: Ctx, id: number): { borrowerName: string } | undefined {
  const { state } = ctx.core;
  return state.linesByRequestFlowId.get(id) ?? state.applicationsByRequestFlowId.get(id);
}

/** Node's fetch Request parses multipart for us (no dependency, same parser browsers use). */
async function parseMultipart(ctx: Ctx): Promise<FormData | null> {
  const contentType = header(ctx, 'content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return null;
  try {
    return await new Request('http://sandbox.invalid/upload', {
      method: 'POST',
      headers: { 'content-type': contentType },
      // Buffer is a Uint8Array; the DOM typings just do not say so.
      body: ctx.body as unknown as BodyInit,
    }).formData();
  } catch {
    return null;
  }
}

/** POST /los/document/upload?requestFlowId={id}: multipart, one file per part; answers one
 *  DocumentUploadResponse per file, in order. */
export async function uploadDocuments(ctx: Ctx): Promise<Reply> {
  const rawId = ctx.query.get('requestFlowId');
  const requestFlowId = asRequestFlowId(rawId);
  if (requestFlowId === null) return rejected(400, [`requestFlowId is required: got ${JSON.stringify(rawId)}`]);
  if (!knownRequestFlow(ctx, requestFlowId)) return rejected(400, [`Unknown requestFlowId ${requestFlowId}`]);
  const form = await parseMultipart(ctx);
  if (!form) return rejected(400, ['Expected a multipart/form-data body with one file per part']);

  const files: [string, File][] = [];
  for (const [name, value] of form.entries()) if (typeof value !== 'string') files.push([name, value]);
  if (files.length === 0) return rejected(400, ['No file in the request']);

  const { state, ids } = ctx.core;
  const nowMs = ctx.core.now().getTime();
  const out: unknown[] = [];
  for (const [fieldName, file] of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const type = /^\d{1,4}$/.test(fieldName) ? Number(fieldName) : DEFAULT_DOCUMENT_TYPE;
    const contentType = file.type || 'application/octet-stream';
    const documentName = `${randomUUID()}.${extensionOf(file.name, contentType)}`;
    const record: DocumentRecord = {
      id: ids.document++,
      fileId: ids.file++,
      requestFlowId,
      fieldName,
      filename: file.name,
      contentType,
      size: bytes.length,
      bytes,
      sha256,
      documentName,
      uploadDocumentType: type,
      ocr: ocrFor(bytes, sha256, type),
      at: new Date(nowMs).toISOString(),
    };
    state.documents.push(record);
    out.push({
      version: 1,
      createdDate: nowMs,
      modifiedDate: nowMs,
      deleted: false,
      createdBy: TRAINING_USER_ID,
      modifiedBy: null,
      id: record.id,
      gfile: {
        version: 1,
        createdDate: nowMs,
        modifiedDate: nowMs,
        deleted: false,
        createdBy: TRAINING_USER_ID,
        id: record.fileId,
        documentName,
        uploadDocumentType: type,
        documentType: 0,
        documentSource: `https://entd.s3.amazonaws.com/${documentName}`,
        oldPortalFlag: false,
        ocrJson: record.ocr,
      },
      requestFlowId,
      applicationId: null,
      enquiryId: null,
      creditAnalyzerPortalFileId: null,
    });
  }
  return json(200, out);
}

/** POST /los/document/download {requestFlowId, docName: "LOAN_DOCUMENT"} → a PDF naming the borrower. */
export function downloadDocument(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return rejected(400, [parsed.reason]);
  const body = parsed.value;
  if (!isObject(body)) return rejected(400, ['Request body must be {"requestFlowId": ..., "docName": "LOAN_DOCUMENT"}']);
  if (body['docName'] !== 'LOAN_DOCUMENT') return rejected(400, [`Invalid docName ${JSON.stringify(body['docName'] ?? null)}: must be LOAN_DOCUMENT`]);
  const id = asRequestFlowId(body['requestFlowId']);
  if (id === null) return rejected(400, [`Invalid requestFlowId ${JSON.stringify(body['requestFlowId'] ?? null)}`]);
  const { state } = ctx.core;
  const line = state.linesByRequestFlowId.get(id);
  const app = state.applicationsByRequestFlowId.get(id);
  if (!line && !app) return rejected(404, [`No loan document for requestFlowId ${id}`]);

  const borrower = line?.borrowerName || app?.borrowerName || 'Borrower';
  const lines = [
    `Borrower: ${borrower}`,
    `Application (requestFlowId): ${id}`,
    `Generated on: ${cgDate(fromEpochDay(istEpochDay(ctx.core.now())))}`,
  ];
  if (line) {
    lines.push(`Limit sanctioned: Rs ${amountString(line.limitSanctioned)}`);
    for (const s of line.subLoans) lines.push(`Loan ${s.loanId} (${s.uid}): principal Rs ${amountString(s.principal)}, ${s.tenureMonths} months at ${s.annualRatePct}% p.a.`);
  }
  lines.push('', 'FieldDesk training sandbox: not a real loan document.');
  return {
    status: 200,
    bytes: simplePdf('Loan Agreement', lines),
    contentType: 'application/pdf',
    headers: { 'content-disposition': `attachment; filename="LOAN_DOCUMENT_${id}.pdf"` },
  };
}
