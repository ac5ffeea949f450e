/**
 * SHA-256 (hex) of a document's bytes. Kept on the record after the file itself is removed, so
 * what was uploaded can still be matched against GLAAS's copy. A file that cannot be read gives
 * undefined: the upload's own check says so to the agent, the hash is not worth failing for.
 */
export async function fileSha256(file: Blob | undefined): Promise<string | undefined> {
  if (!file || typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  try {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}
