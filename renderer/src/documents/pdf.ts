import type { MadeDocument } from '../../../common/api/documents';
import { base64ToBlob, saveBase64File } from '../components/download';

/**
 * Saving and printing a PDF the main side made. Saving is the shared download (Electron shows its save dialog for
 * it); printing loads the PDF into a hidden frame and opens the print dialog.
 */
export function savePdf(doc: MadeDocument): void {
  saveBase64File(doc.pdfBase64, 'application/pdf', doc.fileName);
}

/** Resolves true when the print dialog was opened, false when this shell cannot print a PDF from a frame. */
export function printPdf(doc: MadeDocument): Promise<boolean> {
  const url = URL.createObjectURL(base64ToBlob(doc.pdfBase64, 'application/pdf'));
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
