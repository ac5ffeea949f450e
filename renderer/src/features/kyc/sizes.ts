/** Bytes as a person reads them: 850 KB, 11.8 MB (1 KB = 1,024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatPixels(width?: number, height?: number): string {
  return width && height ? `${width} × ${height} px` : '';
}
