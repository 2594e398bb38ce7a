import { afterEach, describe, expect, it } from 'vitest';
import { CLOSING_REASONS, CLOSING_REASON_LABELS, DOSSIER_STATUSES, STATUS_LABELS } from '../../common/dossiers/status.js';
import { countOverview, overviewPeriods } from '../../common/dossiers/overview-count.js';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, LEGAL_BASES, LEGAL_BASIS_LABELS } from '../../common/dossiers/schema.js';
import { addDaysIso } from '../../common/calendar.js';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, UNASSIGNED_LABEL, dueText } from '../../common/plan/actions.js';
import { BASIS_KEYS, BASIS_STATES, BASIS_STATE_INFO, basisDef, completeBasis, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import { DEFAULT_COUNTDOWN_TEMPLATE, countdownText, notYetInOrder } from '../../common/plan/countdown.js';
import { DEFAULT_LIFE_DOMAINS, SCORE_LABELS, SCORE_MAX, SCORE_MIN, domainLabel, type Score } from '../../common/plan/domains.js';
import { PARTNER_TYPE_KEYS, partnerTypeLabel as partnerTypeLabelNl } from '../../common/plan/partners.js';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES } from '../../common/exchange/attachment-type.js';
import { PROVISION_KIND_LABELS, type ProvisionKind } from '../../common/exchange/provision-kinds.js';
import { HANDOVER_PLACEHOLDERS, HANDOVER_PLACEHOLDER_NAMES } from '../../common/documents/letter-placeholders.js';
import { AANHEF_LABELS, AANHEF_VALUES } from '../../common/people/names.js';
import { COST_CATEGORIES, COST_CATEGORY_LABELS } from '../../common/costs/categories.js';
import {
  ATTEMPT_CHANNELS,
  ATTEMPT_CHANNEL_LABELS,
  ATTEMPT_RESULTS,
  ATTEMPT_RESULT_LABELS,
  FIRST_CONTACT_HOW,
  FIRST_CONTACT_HOW_LABELS,
  MOMENT_UNITS,
  RECLASSERING_CONTACT,
  RECLASSERING_CONTACT_LABELS,
  WORK_STATES,
  WORK_STATE_LABELS,
  momentLabel,
} from '../../common/aftercare/rules.js';
import { i18next } from '../../renderer/src/i18n/index.js';
import * as labels from '../../renderer/src/i18n/labels.js';

/** Words only Dutch text has; an English label holding one was left (partly) untranslated. */
const DUTCH_WORDS = /\b(de|het|een|niet|van|en|naar|geen|nog|dagen|vrijlating|geregeld|gemeente|zorg|werk|inkomen)\b/i;

interface Kind {
  /** The export of labels.ts under test. */
  fn: string;
  values: readonly (string | number)[];
  label: (v: string | number) => string;
  dutch: (v: string | number) => string;
  /** Values whose word is the same in both languages. */
  same?: readonly (string | number)[];
}

/** Values whose word is the same in both languages, per label function. */
const SAME_IN_BOTH: Partial<Record<keyof typeof labels, readonly (string | number)[]>> = {
  actionStatusLabel: ['open'],
  goalStatusLabel: ['open'],
  basisShortLabel: ['id', 'network', 'bank'],
  partnerTypeLabel: ['uwv'],
  attachmentTypeLabel: ['pdf'],
  attemptChannelLabel: ['email'],
};

/** The label function `fn` of labels.ts over the enum `values`; `dutch`: common's Dutch text, a record or derived. */
function kind<K extends string | number>(fn: keyof typeof labels, values: readonly K[], dutch: Readonly<Record<K, string>> | ((v: K) => string)): Kind {
  const nl = (v: K) => (typeof dutch === 'function' ? dutch(v) : dutch[v]);
  return { fn, values, label: labels[fn] as unknown as Kind['label'], dutch: nl as Kind['dutch'], same: SAME_IN_BOTH[fn] ?? [] };
}

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => (SCORE_MIN + i) as Score);
const GOAL_STATUSES = ['open', 'bereikt', 'vervallen'] as const;
const PROVISION_KINDS = Object.keys(PROVISION_KIND_LABELS) as ProvisionKind[];

/** Every enum-keyed label function, with the enum's values taken from common (not from labels.ts). First those whose Dutch is common's record of labels. */
const KINDS: Kind[] = [
  kind('statusLabel', DOSSIER_STATUSES, STATUS_LABELS),
  kind('closingReasonLabel', CLOSING_REASONS, CLOSING_REASON_LABELS),
  kind('contactRoleLabel', CONTACT_ROLES, CONTACT_ROLE_LABELS),
  kind('aanhefLabel', AANHEF_VALUES, AANHEF_LABELS),
  kind('legalBasisLabel', LEGAL_BASES, LEGAL_BASIS_LABELS),
  kind('actionStatusLabel', ACTION_STATUSES, ACTION_STATUS_LABELS),
  kind('scoreLabel', SCORES, SCORE_LABELS),
  kind('provisionKindLabel', PROVISION_KINDS, PROVISION_KIND_LABELS),
  kind('placeholderHelp', HANDOVER_PLACEHOLDER_NAMES, HANDOVER_PLACEHOLDERS),
  kind('firstContactHowLabel', FIRST_CONTACT_HOW, FIRST_CONTACT_HOW_LABELS),
  kind('workStateLabel', WORK_STATES, WORK_STATE_LABELS),
  kind('reclasseringContactLabel', RECLASSERING_CONTACT, RECLASSERING_CONTACT_LABELS),
  kind('attemptChannelLabel', ATTEMPT_CHANNELS, ATTEMPT_CHANNEL_LABELS),
  kind('attemptResultLabel', ATTEMPT_RESULTS, ATTEMPT_RESULT_LABELS),
  kind('costCategoryLabel', COST_CATEGORIES, COST_CATEGORY_LABELS),
  // Those whose Dutch common derives.
  kind('goalStatusLabel', GOAL_STATUSES, (v) => v),
  kind('basisLabel', BASIS_KEYS, (v) => basisDef(v).label),
  kind('basisShortLabel', BASIS_KEYS, (v) => basisDef(v).short),
  kind('basisInOrderText', BASIS_KEYS, (v) => basisDef(v).inOrder),
  kind('basisStateLabel', BASIS_STATES, (v) => BASIS_STATE_INFO[v].label),
  kind('partnerTypeLabel', PARTNER_TYPE_KEYS, partnerTypeLabelNl),
  kind('attachmentTypeLabel', ATTACHMENT_KINDS, (v) => ATTACHMENT_TYPES[v].label),
  kind('momentUnitLabel', MOMENT_UNITS, (v) => v),
];

/** Functions over configurable data, dates or items rather than one enum; each has its own test below. */
const OTHER_FUNCTIONS = [
  'unassignedLabel',
  'notInOrderText',
  'lifeDomainLabel',
  'lifeDomainLabelByKey',
  'proposalTitle',
  'countdownLabel',
  'dueLabel',
  'overviewPeriodLabel',
  'longDateLabel',
  'followupMomentLabel',
];

async function inLanguage<T>(lang: 'nl' | 'en', f: () => T): Promise<T> {
  await i18next.changeLanguage(lang);
  return f();
}

afterEach(async () => {
  await i18next.changeLanguage('nl');
});

describe('labels from common in the UI language', () => {
  it('the tests below cover every function labels.ts exports', () => {
    const exported = Object.entries(labels)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    expect(exported).toEqual([...KINDS.map((k) => k.fn), ...OTHER_FUNCTIONS].sort());
  });

  for (const k of KINDS) {
    it(`${k.fn}: every value has a label in both languages; Dutch is common's own text, English differs where the words do`, async () => {
      const nl = await inLanguage('nl', () => k.values.map(k.label));
      expect(nl).toEqual(k.values.map(k.dutch));
      const en = await inLanguage('en', () => k.values.map(k.label));
      k.values.forEach((v, i) => {
        const english = en[i]!;
        expect(english.trim().length, `${k.fn}(${v}) in English`).toBeGreaterThan(0);
        expect(english, `${k.fn}(${v}) has Dutch words`).not.toMatch(DUTCH_WORDS);
        if (k.same?.includes(v)) expect(english, `${k.fn}(${v}) is the same word in both`).toBe(nl[i]);
        else expect(english, `${k.fn}(${v}) is still Dutch in English`).not.toBe(nl[i]);
      });
      expect(new Set(en).size, `${k.fn}: two values share an English label`).toBe(new Set(nl).size);
    });
  }

  it('a follow-up moment: Dutch as stored, English from its key', async () => {
    const m = { amount: 3, unit: 'maanden' } as const;
    expect(await inLanguage('nl', () => labels.followupMomentLabel('3-maanden', momentLabel(m)))).toBe('3 maanden na vrijlating');
    expect(await inLanguage('en', () => labels.followupMomentLabel('3-maanden', momentLabel(m)))).toBe('3 months after release');
    expect(await inLanguage('en', () => labels.followupMomentLabel('1-weken', 'x'))).toBe('1 week after release');
    expect(await inLanguage('en', () => labels.followupMomentLabel('oud', 'Eigen moment'))).toBe('Eigen moment');
  });

  it('an unknown stored value is shown as it is, in both languages', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await i18next.changeLanguage(lang);
      expect(labels.statusLabel('verdwenen' as never)).toBe('verdwenen');
      expect(labels.partnerTypeLabel('oude_soort')).toBe('oude_soort');
      expect(labels.provisionKindLabel('pdf.actieplan')).toBe('PDF: actieplan');
      expect(labels.provisionKindLabel('toString')).toBe('toString');
    }
  });

  it('"niet toegewezen" in both languages', async () => {
    expect(await inLanguage('nl', labels.unassignedLabel)).toBe(UNASSIGNED_LABEL);
    expect(await inLanguage('en', labels.unassignedLabel)).toBe('unassigned');
  });
});

describe('configurable catalogues: a default entry left as it was is translated, the coordinator\u2019s own text is not', () => {
  it('life domains of the default ZRM catalogue', async () => {
    const nl = await inLanguage('nl', () => DEFAULT_LIFE_DOMAINS.map(labels.lifeDomainLabel));
    expect(nl).toEqual(DEFAULT_LIFE_DOMAINS.map((d) => d.label));
    const en = await inLanguage('en', () => DEFAULT_LIFE_DOMAINS.map(labels.lifeDomainLabel));
    DEFAULT_LIFE_DOMAINS.forEach((d, i) => {
      expect(en[i], d.key).not.toBe(d.label);
      expect(en[i], d.key).not.toMatch(DUTCH_WORDS);
    });
    expect(en).toContain('Finances');
    expect(new Set(en).size).toBe(en.length);
  });

  it('a renamed default domain, an own domain and a default name under another key keep the stored text', async () => {
    await i18next.changeLanguage('en');
    expect(labels.lifeDomainLabel({ key: 'financien', label: 'Geldzaken' })).toBe('Geldzaken');
    expect(labels.lifeDomainLabel({ key: 'financien', label: 'Financiën ' })).toBe('Financiën ');
    expect(labels.lifeDomainLabel({ key: 'zingeving', label: 'Zingeving' })).toBe('Zingeving');
    expect(labels.lifeDomainLabel({ key: 'huisvesting', label: 'Financiën' })).toBe('Financiën');
    expect(labels.lifeDomainLabel({ key: 'huisvesting', label: 'Huisvesting' })).toBe('Housing');
  });

  it('a domain by its stored key, also a key no longer in the catalogue', async () => {
    const catalogue = [
      { key: 'financien', label: 'Financiën', active: true },
      { key: 'justitie', label: 'Justitie en veiligheid', active: false },
    ];
    for (const key of ['financien', 'justitie', 'verdwenen_sleutel']) {
      expect(await inLanguage('nl', () => labels.lifeDomainLabelByKey(catalogue, key))).toBe(domainLabel(catalogue, key));
    }
    await i18next.changeLanguage('en');
    expect(labels.lifeDomainLabelByKey(catalogue, 'financien')).toBe('Finances');
    expect(labels.lifeDomainLabelByKey(catalogue, 'justitie')).toBe('Justitie en veiligheid');
    expect(labels.lifeDomainLabelByKey(catalogue, 'verdwenen_sleutel')).toBe('verdwenen_sleutel');
  });

  it('countdown proposals: default titles translated, edited and own titles as typed', async () => {
    const proposals = DEFAULT_COUNTDOWN_TEMPLATE.map((t) => ({ templateKey: t.key, title: t.title }));
    expect(await inLanguage('nl', () => proposals.map(labels.proposalTitle))).toEqual(proposals.map((p) => p.title));
    const en = await inLanguage('en', () => proposals.map(labels.proposalTitle));
    proposals.forEach((p, i) => {
      expect(en[i], p.templateKey).not.toBe(p.title);
      expect(en[i], p.templateKey).not.toMatch(DUTCH_WORDS);
    });
    expect(labels.proposalTitle({ templateKey: 'id', title: 'ID-kaart aanvragen bij de balie' })).toBe('ID-kaart aanvragen bij de balie');
    expect(labels.proposalTitle({ templateKey: 'eigen_stap', title: 'Eigen stap' })).toBe('Eigen stap');
  });
});

describe('phrases the main side sends in Dutch', () => {
  const today = '2026-03-10';
  const offsets = [-30, -2, -1, 0, 1, 2, 45];

  const datePhrases = [
    {
      what: 'the release countdown',
      label: labels.countdownLabel,
      dutch: countdownText,
      english: [
        'no expected release date',
        '30 days after release',
        '2 days after release',
        '1 day after release',
        'release today',
        '1 day to release',
        '2 days to release',
        '45 days to release',
      ],
    },
    {
      what: 'how a deadline stands',
      label: labels.dueLabel,
      dutch: dueText,
      english: ['no deadline', '30 days overdue', '2 days overdue', '1 day overdue', 'today', 'tomorrow', 'in 2 days', 'in 45 days'],
    },
  ];
  for (const { what, label, dutch, english } of datePhrases)
    it(`${what}: Dutch as common makes it, English from the same dates`, async () => {
      const dates = [null, ...offsets.map((d) => addDaysIso(today, d))];
      expect(await inLanguage('nl', () => dates.map((d) => label(d, today)))).toEqual(dates.map((d) => dutch(d, today)));
      expect(await inLanguage('en', () => dates.map((d) => label(d, today)))).toEqual(english);
    });

  it("the yearly overview's periods: Dutch as common names them, English from the first day", async () => {
    const cases = [
      ...overviewPeriods(2026, 'month').map((p) => ({ row: { period: p.label, from: p.from }, kind: 'month' as const })),
      ...overviewPeriods(2026, 'quarter').map((p) => ({ row: { period: p.label, from: p.from }, kind: 'quarter' as const })),
      { row: countOverview(2026, 'month', { dossiers: [], changes: [], reasons: [] }).totals, kind: 'total' as const },
    ];
    expect(await inLanguage('nl', () => cases.map((c) => labels.overviewPeriodLabel(c.row, c.kind)))).toEqual(cases.map((c) => c.row.period));
    const en = await inLanguage('en', () => cases.map((c) => labels.overviewPeriodLabel(c.row, c.kind)));
    expect(en.slice(0, 3)).toEqual(['January 2026', 'February 2026', 'March 2026']);
    expect(en.slice(12)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Total 2026']);
    expect(en.join(' ')).not.toMatch(/Januari|Maart|Mei|Juni|Juli|Augustus|Oktober|K1|Totaal/);
  });

  it('a written-out date: Dutch month names as common writes them, English ones in English', async () => {
    expect(await inLanguage('nl', () => labels.longDateLabel('2026-03-01'))).toBe('1 maart 2026');
    expect(await inLanguage('en', () => ['2026-03-01', '2026-12-31'].map((d) => labels.longDateLabel(d)))).toEqual(['1 March 2026', '31 December 2026']);
    expect(await inLanguage('en', () => labels.longDateLabel('2026-02-31'))).toBe('');
  });

  it('"nog niet op orde": Dutch as the main side made it, English from the key, state and status', async () => {
    const states: Partial<Record<(typeof BASIS_KEYS)[number], BasisState>> = { id: 'onbekend', housing: 'in_gang', income: 'niet_geregeld', debts: 'geregeld' };
    const basis = completeBasis(Object.entries(states).map(([key, state]) => ({ key: key as (typeof BASIS_KEYS)[number], state })));
    const items = notYetInOrder(
      basis.map((b) => (b.key in states ? b : { ...b, state: 'nvt' as const })),
      [{ title: 'Slaapplek regelen', status: 'bezig', deadline: '2026-03-01' }],
      '2026-03-20',
    );
    const nl = await inLanguage('nl', () => items.map(labels.notInOrderText));
    expect(nl).toEqual(items.map(({ label, detail }) => ({ label, detail })));
    const en = await inLanguage('en', () => items.map(labels.notInOrderText));
    expect(en).toEqual([
      { label: 'Identity document', detail: 'still unknown' },
      { label: 'Shelter', detail: 'under way' },
      { label: 'Work and income', detail: 'not arranged' },
      { label: 'Slaapplek regelen', detail: 'in progress' },
    ]);
  });
});
