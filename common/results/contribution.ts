import type { Bilingual } from './definitions.js';
import { shareCountText } from './report.js';
import { showCount, showShare, type CountFigure, type PeriodRange, type ShareFigure } from './figures.js';

/**
 * The figures a municipality needs to account for the national contribution scheme for guiding (ex-)detainees to
 * housing and work ("bijdrageregeling Begeleiden (ex-)gedetineerden voor Wonen en Werken"), as data beside the
 * other definitions: label and what counts, in plain Dutch with the English beside it. This is our own account of
 * the caseload, not the scheme's form; every figure says what it counts (docs/domain/results.md).
 */
export const CONTRIBUTION_KEYS = ['inAftercare', 'housing', 'work', 'both'] as const;
export type ContributionKey = (typeof CONTRIBUTION_KEYS)[number];

export interface ContributionDefinition {
  key: ContributionKey;
  label: Bilingual;
  definition: Bilingual;
}

export const CONTRIBUTION_SCHEME_NAME = 'Bijdrageregeling Begeleiden (ex-)gedetineerden voor Wonen en Werken';

export const CONTRIBUTION_DEFINITIONS: Readonly<Record<ContributionKey, ContributionDefinition>> = {
  inAftercare: {
    key: 'inAftercare',
    label: { nl: 'Inwoners in nazorg in de periode', en: 'Residents in aftercare in the period' },
    definition: {
      nl:
        'Inwoners met een werkelijke vrijlatingsdatum op of vóór de laatste dag van de periode (en niet na vandaag) van wie het dossier ' +
        'op de eerste dag van de periode nog niet was afgesloten. Elk dossier telt één keer. Over hen gaan de cijfers hieronder.',
      en:
        'Residents with an actual release date on or before the last day of the period (and not after today) whose dossier was not yet ' +
        'closed on the first day of the period. Each dossier counts once. The figures below are taken over them.',
    },
  },
  housing: {
    key: 'housing',
    label: { nl: 'Begeleid naar huisvesting', en: 'Guided to housing' },
    definition: {
      nl:
        'Van de inwoners in nazorg: wie in de periode met onderdak "geregeld" is vastgelegd, op de dag van vrijlating (als die dag in de ' +
        'periode ligt; een latere correctie telt mee) of bij een nazorgmoment in de periode waarop de cliënt bereikt is. ' +
        '"Niet van toepassing" telt niet: dan was er geen begeleiding naar onderdak nodig.',
      en:
        'Of the residents in aftercare: those recorded with housing "arranged" in the period, on the day of release (when that day lies in ' +
        'the period; a later correction counts) or at a follow-up moment in the period at which the client was reached. ' +
        '"Not applicable" does not count: then no guidance to housing was needed.',
    },
  },
  work: {
    key: 'work',
    label: { nl: 'Begeleid naar werk of dagbesteding', en: 'Guided to work or daytime activity' },
    definition: {
      nl:
        'Van de inwoners in nazorg: wie in de periode werk of dagbesteding had, vastgelegd als dagbesteding "geregeld" op de dag van ' +
        'vrijlating (als die dag in de periode ligt), of bij een nazorgmoment in de periode waarop de cliënt bereikt is als werk of ' +
        'dagbesteding (hetzelfde als eerder of een ander). Een uitkering alleen telt niet.',
      en:
        'Of the residents in aftercare: those with work or a daytime activity in the period, recorded as daytime activity "arranged" on the ' +
        'day of release (when that day lies in the period), or at a follow-up moment in the period at which the client was reached as work ' +
        'or a daytime activity (the same as before or another). A benefit alone does not count.',
    },
  },
  both: {
    key: 'both',
    label: { nl: 'Begeleid naar huisvesting én werk of dagbesteding', en: 'Guided to housing and to work or daytime activity' },
    definition: {
      nl: 'Van de inwoners in nazorg: wie in de periode aan beide cijfers hierboven voldoet.',
      en: 'Of the residents in aftercare: those who meet both figures above in the period.',
    },
  },
};

export interface ContributionFigures {
  period: PeriodRange;
  today: string;
  inAftercare: CountFigure;
  housing: ShareFigure;
  work: ShareFigure;
  both: ShareFigure;
}

export interface ContributionRow {
  figure: string;
  /** The disclosed number of residents. */
  count: string;
  /** The disclosed share of the residents in aftercare; '' for that figure itself. */
  share: string;
  definition: string;
}

/** The figures in the order of the export, each with its disclosed values and its definition. */
export function contributionRows(f: ContributionFigures): ContributionRow[] {
  const def = (k: ContributionKey) => CONTRIBUTION_DEFINITIONS[k];
  const shareRow = (k: 'housing' | 'work' | 'both'): ContributionRow => ({
    figure: def(k).label.nl,
    count: shareCountText(f[k]),
    share: showShare(f[k]),
    definition: def(k).definition.nl,
  });
  return [
    { figure: def('inAftercare').label.nl, count: showCount(f.inAftercare), share: '', definition: def('inAftercare').definition.nl },
    shareRow('housing'),
    shareRow('work'),
    shareRow('both'),
  ];
}
