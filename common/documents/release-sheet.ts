import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { frame } from './frame.js';
import type { Content, DocDefinition } from './pdf-types.js';
import { SHEET_TEXTS, type SheetLanguage } from './release-sheet-texts.js';
import type { ReleaseSheetModel } from './view-models.js';

export type { ReleaseSheetModel };

/** The release sheet: the client's own page for the first weeks, in large type and plain language. */
/** "maandag 7 december 2026" / "Monday 7 December 2026": a written-out day reads easier than 07-12-2026. */
export function sheetDate(iso: string, lang: SheetLanguage): string {
  return format(parseISO(iso), 'EEEE d MMMM yyyy', { locale: lang === 'nl' ? nl : enGB });
}

const BIG = 14;

/** The sheet's own pages, also appended to a handover letter (in its large type, whatever the letter's type). */
export function releaseSheetContent(m: ReleaseSheetModel): Content[] {
  const t = SHEET_TEXTS[m.language];
  const h = (text: string): Content => ({ text, fontSize: 18, bold: true, margin: [0, 14, 0, 6] });
  const lh = m.letterhead;
  const arranged = m.items.filter((i) => i.arranged);
  const notYet = m.items.filter((i) => !i.arranged);
  const cell = (text: string, bold = false): Content => ({ text, fontSize: BIG, bold, margin: [0, 3, 0, 3] });
  const phoneRows: Content[][] = [
    ...(lh.coordinatorPhone ? [[cell(`${t.contactPerson}${lh.coordinatorName ? `: ${lh.coordinatorName}` : ''}`), cell(lh.coordinatorPhone, true)]] : []),
    ...m.phones.map((p) => [cell(p.who), cell(p.phone, true)]),
  ];
  return [
    {
      columns: [
        lh.logo ? { image: 'logo', fit: [120, 50], width: '*' } : { text: '', width: '*' },
        { text: lh.municipalityName || 'Gemeente', bold: true, fontSize: 13, alignment: 'right', width: 'auto' },
      ],
      margin: [0, 0, 0, 10],
    },
    { text: t.title, fontSize: 26, bold: true, margin: [0, 0, 0, 10] },
    { text: t.hello(m.greetingName), fontSize: BIG, margin: [0, 0, 0, 4] },
    ...(m.releaseDate ? [{ text: t.released(sheetDate(m.releaseDate, m.language)), fontSize: BIG, bold: true, margin: [0, 0, 0, 4] } as Content] : []),
    { text: t.intro, fontSize: BIG, margin: [0, 0, 0, 4] },
    { text: t.first48, fontSize: BIG, bold: true, margin: [0, 0, 0, 4] },
    h(t.appointments),
    m.appointments.length === 0
      ? { text: t.noAppointments, fontSize: BIG }
      : {
          table: {
            widths: [200, '*'],
            dontBreakRows: true,
            body: m.appointments.map((a) => [
              cell([a.date ? sheetDate(a.date, m.language) : '', a.time ? t.at(a.time) : ''].filter(Boolean).join('\n'), true),
              {
                stack: [
                  { text: a.what, fontSize: BIG, bold: true },
                  ...(a.place ? [{ text: `${t.where}: ${a.place}`, fontSize: BIG }] : []),
                  ...(a.withWhom ? [{ text: `${t.withWhom}: ${a.withWhom}`, fontSize: BIG }] : []),
                ],
                margin: [0, 3, 0, 3],
              },
            ]),
          },
          layout: { hLineWidth: () => 0.8, vLineWidth: () => 0, hLineColor: () => '#9e9e9e' },
        },
    { text: t.bring, fontSize: BIG, margin: [0, 6, 0, 0] },
    h(t.arranged),
    arranged.length === 0
      ? { text: t.nothingArranged, fontSize: BIG }
      : { ul: arranged.map((i) => ({ text: t.items[i.item], fontSize: BIG })), margin: [0, 0, 0, 2] },
    h(t.notYet),
    notYet.length === 0
      ? { text: t.allArranged, fontSize: BIG }
      : {
          ul: notYet.map((i) => ({
            stack: [
              { text: t.items[i.item], fontSize: BIG, bold: true },
              { text: t.helps(i.helper || t.helperFallback), fontSize: BIG },
            ],
          })),
        },
    ...(phoneRows.length ? [h(t.phones), { table: { widths: ['*', 170], body: phoneRows }, layout: 'noBorders' } as Content] : []),
    { text: t.questions, fontSize: BIG, margin: [0, 12, 0, 0] },
  ];
}

export function releaseSheetDefinition(m: ReleaseSheetModel): DocDefinition {
  const t = SHEET_TEXTS[m.language];
  const def = frame({ kind: t.kind, letterhead: m.letterhead, date: m.date, content: releaseSheetContent(m) });
  return { ...def, language: m.language === 'nl' ? 'nl-NL' : 'en-GB', defaultStyle: { ...def.defaultStyle, fontSize: BIG, lineHeight: 1.25 } };
}
