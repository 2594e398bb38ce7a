import { emptyNote, frame, letterheadBlock } from './frame.js';
import { meetingHeading } from './meeting-pack.js';
import type { Content, DocDefinition } from './pdf-types.js';
import { clientLabel } from './people.js';
import { actionsTable } from './plan-sections.js';
import type { MinutesModel } from './view-models.js';

/** Verslag of an allocation meeting: per agenda item what was to be discussed, the decisions and the actions allocated. */
export function minutesDefinition(m: MinutesModel): DocDefinition {
  const items: Content[] = m.items.flatMap((it, i) => [
    { text: `${i + 1}. ${clientLabel(it.client, m.pseudonymise)} (dossier ${it.client.reference})`, style: 'h2' },
    ...(it.note?.trim() ? [{ text: [{ text: 'Bespreekpunt: ', bold: true }, it.note.trim()], margin: [0, 0, 0, 2] } as Content] : []),
    { text: 'Besluiten', style: 'h3' },
    it.decisions.length === 0 ? emptyNote('Geen besluiten vastgelegd.') : { ul: it.decisions.map((d) => d.text), margin: [0, 0, 0, 4] },
    { text: 'Nieuwe acties', style: 'h3' },
    actionsTable(it.newActions, 'Geen nieuwe acties.'),
  ]);
  return frame({
    kind: 'Verslag',
    letterhead: m.letterhead,
    date: m.date,
    content: [
      letterheadBlock(m.letterhead),
      ...meetingHeading({ ...m.meeting, title: `Verslag: ${m.meeting.title || 'Regie- en toedelingsoverleg'}` }),
      ...items,
    ],
  });
}
