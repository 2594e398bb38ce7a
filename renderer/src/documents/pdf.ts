import type { MadeDocument } from '../../../common/api/documents';

/**
 * Saving and printing a PDF the main side made. Both shells get a blob download (Electron shows its
 * save dialog for it); printing loads the PDF into a hidden frame and opens the print dialog.
 */
function toBlob(doc: MadeDocument): Blob {
  const bin = atob(doc.pdfBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

export function savePdf(doc: MadeDocument): void {
  const url = URL.createObjectURL(toBlob(doc));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Resolves true when the print dialog was opened, false when this shell cannot print a PDF from a frame. */
export function printPdf(doc: MadeDocument): Promise<boolean> {
  const url = URL.createObjectURL(toBlob(doc));
  const frame = document.createElement('iframe');
  frame.title = doc.fileName;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
  frame.src = url;
  document.body.appendChild(frame);
  const cleanup = () =>
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 120_000);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      resolve(false);
    }, 8_000);
    frame.onload = () => {
      clearTimeout(timer);
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve(true);
      } catch {
        resolve(false);
      }
      cleanup();
    };
  });
}
