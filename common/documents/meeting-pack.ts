import { formatDateNl } from '../dates.js';
import { dataTable, emptyNote, frame, letterheadBlock } from './frame.js';
import type { Content, DocDefinition } from './pdf-types.js';
import { clientLabel } from './people.js';
import { clientHeaderBlock, planSections } from './plan-sections.js';
import type { MeetingInfo, MeetingPackModel } from './view-models.js';

export function meetingHeading(meeting: MeetingInfo): Content[] {
  const when = [formatDateNl(meeting.date), meeting.startTime].filter(Boolean).join(', ');
  return [
    { text: meeting.title || 'Regie- en toedelingsoverleg', style: 'title' },
    { text: [when, meeting.place].filter(Boolean).join(' · '), style: 'subtitle' },
    {
      text: [{ text: 'Aanwezig: ', bold: true }, meeting.partnersPresent.length > 0 ? meeting.partnersPresent.join(', ') : '—'],
      margin: [0, 0, 0, 8],
    },
  ];
}

/** Vergaderstukken: the agenda, then a short plan per dossier, each dossier on its own page. */
export function meetingPackDefinition(m: MeetingPackModel): DocDefinition {
  const agenda: Content =
    m.items.length === 0
      ? emptyNote('Geen dossiers geagendeerd.')
      : dataTable(
          ['Nr.', 'Cliënt', 'Dossier', 'Status', 'Open acties', 'Bespreekpunt'],
          m.items.map((it, i) => [
            String(i + 1),
            clientLabel(it.plan.client, m.pseudonymise, 'list'),
            it.plan.client.reference,
            it.plan.client.statusLabel,
            String(it.plan.openActions.length),
            it.note,
          ]),
          [22, 95, 55, 70, 40, '*'],
        );
  const perDossier: Content[] = m.items.map((it, i) => ({
    stack: [
      { text: `${i + 1}. ${clientLabel(it.plan.client, m.pseudonymise)}`, style: 'h2', margin: [0, 0, 0, 4] },
      ...(it.note ? [{ text: [{ text: 'Bespreekpunt: ', bold: true }, it.note], margin: [0, 0, 0, 4] } as Content] : []),
      clientHeaderBlock(it.plan.client, m.pseudonymise),
      ...planSections(it.plan, { short: true, pseudonymise: m.pseudonymise }),
    ],
    pageBreak: 'before',
  }));
  return frame({
    kind: 'Vergaderstukken',
    letterhead: m.letterhead,
    date: m.date,
    content: [
      letterheadBlock(m.letterhead),
      ...meetingHeading(m.meeting),
      ...(m.pseudonymise
        ? [
            {
              text: 'Cliënten staan in deze stukken met initialen en geboortejaar; BSN, geboortedatum en adres zijn weggelaten.',
              style: 'small',
              margin: [0, 0, 0, 6],
            } as Content,
          ]
        : []),
      { text: 'Agenda', style: 'h2' },
      agenda,
      ...perDossier,
    ],
  });
}
