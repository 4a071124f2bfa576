/** Saves a blob as a file through a temporary blob: URL (same origin, no network). */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file (see downloadBlob). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8') {
  downloadBlob(new Blob([text], { type }), filename);
}
