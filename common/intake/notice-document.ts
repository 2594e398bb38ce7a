import type { DocDefinition } from '../documents/pdf-types.js';
import { frame } from '../documents/frame.js';
import type { Letterhead } from '../documents/view-models.js';

/**
 * A pasted notice or an e-mail is kept with the dossier as a PDF of its text (attachments are PDFs, images or
 * documents; plain text and .eml are not among them), so the coordinator can read the original back later.
 */
export function noticeTextDefinition(o: { letterhead: Letterhead; date: string; text: string; origin: string }): DocDefinition {
  return frame({
    kind: 'Melding (ingelezen)',
    letterhead: o.letterhead,
    date: o.date,
    content: [
      { text: 'Melding zoals ingelezen', style: 'h2' },
      { text: o.origin, fontSize: 8.5, color: '#555555', margin: [0, 0, 0, 8] },
      { text: o.text.replace(/\t/g, '    '), fontSize: 9 },
    ],
  });
}
