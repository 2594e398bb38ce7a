import { formatDateNl } from '../dates.js';
import { emptyNote, frame, letterheadBlock } from './frame.js';
import type { Content, DocDefinition } from './pdf-types.js';
import { clientLabel } from './people.js';
import { actionsTable } from './plan-sections.js';
import type { PartnerActionListModel } from './view-models.js';

/** Actielijst per partner: what each partner agreed to do, each partner on its own page(s). */
export function partnerActionListDefinition(m: PartnerActionListModel): DocDefinition {
  const meetingLine = m.meeting
    ? `Afgesproken in: ${[m.meeting.title || 'Regie- en toedelingsoverleg', formatDateNl(m.meeting.date), m.meeting.place].filter(Boolean).join(', ')}.`
    : '';
  const sections: Content[] =
    m.sections.length === 0
      ? [letterheadBlock(m.letterhead), emptyNote('Geen acties voor deze partner.')]
      : m.sections.map((s, i) => {
          const byId = new Map(s.actions.map((a) => [a.id, a.client]));
          return {
            stack: [
              ...(i === 0 ? [letterheadBlock(m.letterhead)] : []),
              { text: `Actielijst ${s.partner}`, style: 'title' },
              ...(meetingLine ? [{ text: meetingLine, style: 'subtitle' } as Content] : []),
              actionsTable(s.actions, 'Geen openstaande acties voor deze partner.', {
                withClient: (a) => clientLabel(byId.get(a.id)!, m.pseudonymise, 'list'),
                contactOnly: true,
              }),
            ],
            ...(i > 0 ? { pageBreak: 'before' as const } : {}),
          };
        });
  return frame({ kind: 'Actielijst', letterhead: m.letterhead, date: m.date, content: sections, pageOrientation: 'portrait' });
}
