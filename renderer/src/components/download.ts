/**
 * Hands a file made on the main side to the coordinator: a Blob link with `download`, which Electron turns
 * into a save dialog and a browser into a download. Nothing is written to disk before they choose to save.
 */
export function saveBase64File(base64: string, mediaType: string, fileName: string): void {
  saveBlob(base64ToBlob(base64, mediaType), fileName);
}

export function base64ToBlob(base64: string, mediaType: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mediaType });
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
