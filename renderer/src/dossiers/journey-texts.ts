import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the status proposals (the journey following the dossier's dates): dossier page and Vandaag. */
const nl = {
  proposal: {
    title: (status: string) => `Voorstel: status "${status}"`,
    released: (date: string) => `De werkelijke vrijlating is ingevuld: ${date}.`,
    releaseSoon: (date: string, days: number) =>
      days < 0
        ? `De verwachte vrijlating was op ${date} en er is nog geen werkelijke vrijlating ingevuld.`
        : days === 0
          ? `De verwachte vrijlating is vandaag (${date}).`
          : `De verwachte vrijlating is op ${date}, over ${days} ${days === 1 ? 'dag' : 'dagen'}.`,
    detentionStarted: (date: string) => `De detentie is begonnen op ${date}.`,
    accept: (status: string) => `Voorstel overnemen: ${status}`,
    accepted: (status: string) => `De status is nu "${status}".`,
    noForce: 'De status verandert pas als u het voorstel overneemt.',
  },
  today: {
    title: 'Status loopt achter op de datums',
    intro: 'Deze dossiers hebben datums die bij een volgende status horen.',
    more: (hidden: number, total: number) => `en nog ${hidden} (${total} in totaal)`,
  },
  move: {
    title: 'Open acties meeschuiven met de nieuwe vrijlatingsdatum?',
    later: 'Later beslissen',
    pending: 'De verwachte vrijlating is verschoven. De open acties uit het aftelschema staan nog op hun oude datum.',
    review: 'Verschuiven bekijken',
    moved: (n: number) => (n === 1 ? '1 actie verschoven.' : `${n} acties verschoven.`),
  },
  settings: {
    window: 'Vrijlating nadert: aantal dagen vóór de verwachte vrijlating',
    windowHelp: 'Vanaf dit moment stelt Nazorgdossier de status "Vrijlating nadert" voor (standaard 42 dagen, zes weken).',
  },
};

const en: TextsShape<typeof nl> = {
  proposal: {
    title: (status: string) => `Proposal: status "${status}"`,
    released: (date: string) => `The actual release date has been entered: ${date}.`,
    releaseSoon: (date: string, days: number) =>
      days < 0
        ? `The expected release was on ${date} and no actual release date has been entered yet.`
        : days === 0
          ? `The expected release is today (${date}).`
          : `The expected release is on ${date}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
    detentionStarted: (date: string) => `The detention started on ${date}.`,
    accept: (status: string) => `Accept proposal: ${status}`,
    accepted: (status: string) => `The status is now "${status}".`,
    noForce: 'The status only changes when you accept the proposal.',
  },
  today: {
    title: 'Status behind the dates',
    intro: 'These case files have dates that belong to a next status.',
    more: (hidden: number, total: number) => `and ${hidden} more (${total} in all)`,
  },
  move: {
    title: 'Move the open actions with the new release date?',
    later: 'Decide later',
    pending: 'The expected release date has moved. The open countdown actions still have their old dates.',
    review: 'Review the move',
    moved: (n: number) => (n === 1 ? '1 action moved.' : `${n} actions moved.`),
  },
  settings: {
    window: 'Release approaching: number of days before the expected release',
    windowHelp: 'From then on Nazorgdossier proposes the status "Release approaching" (default 42 days, six weeks).',
  },
};

export const jt = defineTexts('journey', nl, en);
