import { describe, expect, it } from 'vitest';
import {
  BASISVOORWAARDEN,
  basisNotInOrder,
  completeBasis,
  decodeStrip,
  encodeStrip,
  trafficLight,
  type BasisStatus,
} from '../../common/plan/basisvoorwaarden.js';
import { DEFAULT_LIFE_DOMAINS, SCORE_LABELS, domainKeyFromLabel, droppedKeysInUse, lifeDomainCatalogueSchema } from '../../common/plan/domains.js';
import { PARTNER_TYPES, RECLASSERING_ORGANISATIONS, partnerInputSchema } from '../../common/plan/partners.js';
import { completionDateFor, deadlineBeforeCreation, dueState, dueText, isOverdue, isSoonDue, soonDueUntil } from '../../common/plan/actions.js';
import {
  DEFAULT_COUNTDOWN_TEMPLATE,
  countdownText,
  notYetInOrder,
  proposeCountdown,
  redateForRelease,
  countdownTemplateSchema,
} from '../../common/plan/countdown.js';
import { groupRappel, mailtoUrl, reminderText, type RappelAction } from '../../common/plan/rappel.js';
import { DEFAULT_PLAN_CONFIG, readPlanConfig } from '../../common/plan/config.js';
import { inDutch } from '../helpers/messages.js';

const basis = (over: Partial<Record<string, BasisStatus['state']>>): BasisStatus[] =>
  completeBasis(Object.entries(over).map(([key, state]) => ({ key: key as BasisStatus['key'], state })));

describe('basisvoorwaarden', () => {
  it('holds the official five and the three tracked alongside, in that order', () => {
    expect(BASISVOORWAARDEN.filter((b) => b.official).map((b) => b.label)).toEqual(['Identiteitsbewijs', 'Onderdak', 'Werk en inkomen', 'Schulden', 'Zorg']);
    expect(BASISVOORWAARDEN.filter((b) => !b.official).map((b) => b.label)).toEqual(['Sociaal netwerk', 'Bankrekening', 'Dagbesteding']);
  });
  it('maps each state to its traffic light', () => {
    const lights = { niet_geregeld: 'red', in_gang: 'orange', geregeld: 'green', onbekend: 'grey', nvt: 'neutral' } as const;
    for (const [state, light] of Object.entries(lights)) expect(trafficLight(state as keyof typeof lights), state).toBe(light);
  });
  it('reads a key never set as onbekend and counts geregeld and n.v.t. as in order', () => {
    const all = basis({ id: 'geregeld', debts: 'nvt', housing: 'in_gang' });
    expect(all).toHaveLength(8);
    expect(all.find((b) => b.key === 'care')?.state).toBe('onbekend');
    expect(basisNotInOrder(all).map((b) => b.key)).toEqual(['housing', 'income', 'care', 'network', 'bank', 'daytime']);
  });
  it('round-trips the compact strip used in lists', () => {
    const all = basis({ id: 'geregeld', housing: 'niet_geregeld', income: 'in_gang', debts: 'nvt' });
    expect(encodeStrip(all)).toBe('gnixoooo');
    expect(decodeStrip('gnixoooo')).toEqual(all.map((b) => b.state));
    expect(decodeStrip(null)).toEqual(Array(8).fill('onbekend'));
  });
});

describe('life domains', () => {
  it('offers the 13 ZRM 2017 domain names and the 1-5 scale', () => {
    expect(DEFAULT_LIFE_DOMAINS).toHaveLength(13);
    expect(DEFAULT_LIFE_DOMAINS[0]?.label).toBe('Financiën');
    expect(DEFAULT_LIFE_DOMAINS.at(-1)?.label).toBe('Justitie');
    expect(SCORE_LABELS[1]).toBe('acute problematiek');
    expect(SCORE_LABELS[5]).toBe('volledig zelfredzaam');
  });
  it('refuses duplicate names or keys and an empty catalogue, with Dutch messages', () => {
    const dup = lifeDomainCatalogueSchema.safeParse([...DEFAULT_LIFE_DOMAINS, { key: 'extra', label: 'financiën', active: true }]);
    expect(dup.success).toBe(false);
    expect(inDutch(dup.error?.issues[0]?.message)).toBe('Deze naam komt al voor.');
    expect(lifeDomainCatalogueSchema.safeParse([]).success).toBe(false);
    expect(lifeDomainCatalogueSchema.safeParse([...DEFAULT_LIFE_DOMAINS, { key: 'zingeving', label: 'Zingeving', active: true }]).success).toBe(true);
  });
  it('derives a unique key from a new label', () => {
    expect(domainKeyFromLabel('Zingeving & Geloof', DEFAULT_LIFE_DOMAINS)).toBe('zingeving_geloof');
    expect(domainKeyFromLabel('Financiën', DEFAULT_LIFE_DOMAINS)).toBe('financien_2');
  });
  it('reports keys in use that a new catalogue would drop', () => {
    expect(droppedKeysInUse(DEFAULT_LIFE_DOMAINS.slice(1), ['financien', 'justitie'])).toEqual(['financien']);
  });
});

describe('partners', () => {
  it('includes the chain partners and the three reclassering organisations', () => {
    const keys = PARTNER_TYPES.map((t) => t.key);
    for (const k of [
      'pi',
      'reclassering',
      'wijkteam',
      'werk_inkomen',
      'uwv',
      'schuldhulp',
      'woningcorporatie',
      'ggz_verslavingszorg',
      'zorgverzekeraar',
      'zvh',
      'politie',
      'maatschappelijke_opvang',
      'vrijwilligers',
    ])
      expect(keys).toContain(k);
    expect(RECLASSERING_ORGANISATIONS).toHaveLength(3);
  });
  it('validates a partner with field-level Dutch messages', () => {
    const r = partnerInputSchema.safeParse({ type: 'uwv', name: ' ', email: 'geen-adres', phone: 'abc' });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(inDutch(byField)).toMatchObject({
      name: 'Vul de naam van de organisatie in.',
      email: 'Geen geldig e-mailadres.',
      phone: 'Alleen cijfers, spaties, +, - en haakjes.',
    });
  });
});

describe('actions against their deadline', () => {
  const today = '2026-03-10';
  it('is overdue only after the deadline day, and only while open or bezig', () => {
    expect(dueState({ status: 'open', deadline: '2026-03-09' }, today)).toBe('overdue');
    expect(dueState({ status: 'bezig', deadline: '2026-03-10' }, today)).toBe('today');
    expect(dueState({ status: 'open', deadline: '2026-03-17' }, today)).toBe('soon');
    expect(dueState({ status: 'open', deadline: '2026-03-18' }, today)).toBe('later');
    expect(dueState({ status: 'open', deadline: '2026-03-18' }, today, 8)).toBe('soon');
    expect(dueState({ status: 'gedaan', deadline: '2026-01-01' }, today)).toBe('finished');
    expect(dueState({ status: 'vervallen', deadline: '2026-01-01' }, today)).toBe('finished');
    expect(dueState({ status: 'open', deadline: null }, today)).toBe('no_deadline');
    expect(isOverdue({ status: 'open', deadline: '2026-03-09' }, today)).toBe(true);
    expect(isSoonDue({ status: 'open', deadline: '2026-03-10' }, today)).toBe(true);
    expect(soonDueUntil(today, 7)).toBe('2026-03-17');
  });
  it('says how late or how soon in Dutch', () => {
    expect(dueText('2026-03-07', today)).toBe('3 dagen te laat');
    expect(dueText('2026-03-09', today)).toBe('1 dag te laat');
    expect(dueText('2026-03-10', today)).toBe('vandaag');
    expect(dueText('2026-03-15', today)).toBe('over 5 dagen');
  });
  it('flags a deadline before the creation day', () => {
    expect(deadlineBeforeCreation('2026-03-09', today)).toBe(true);
    expect(deadlineBeforeCreation('2026-03-10', today)).toBe(false);
    expect(deadlineBeforeCreation(null, today)).toBe(false);
  });
  it('records a completion date on finishing and clears it on reopening', () => {
    expect(completionDateFor('gedaan', { status: 'open', completedOn: null }, today)).toBe(today);
    expect(completionDateFor('gedaan', { status: 'gedaan', completedOn: '2026-03-01' }, today)).toBe('2026-03-01');
    expect(completionDateFor('open', { status: 'gedaan', completedOn: '2026-03-01' }, today)).toBeNull();
  });
});

describe('release countdown', () => {
  const release = '2026-06-30';
  it('dates proposals back from the release date, sorted by deadline', () => {
    const p = proposeCountdown(DEFAULT_COUNTDOWN_TEMPLATE, release, '2026-03-01');
    const byKey = Object.fromEntries(p.map((x) => [x.templateKey, x]));
    expect(byKey['id']?.deadline).toBe('2026-06-16'); // two weeks before
    expect(byKey['uitkering']?.deadline).toBe('2026-05-05'); // eight weeks before
    expect(byKey['slaapplek']?.deadline).toBe('2026-06-23');
    expect(byKey['eerste_afspraak']?.deadline).toBe('2026-07-02'); // within 48 hours after
    expect(p.every((x) => !x.late)).toBe(true);
    expect(p.map((x) => x.deadline)).toEqual([...p.map((x) => x.deadline)].sort());
  });
  it('proposes today, marked late, when the ideal date has passed', () => {
    const p = proposeCountdown(DEFAULT_COUNTDOWN_TEMPLATE, release, '2026-06-20');
    const uitkering = p.find((x) => x.templateKey === 'uitkering')!;
    expect(uitkering).toMatchObject({ deadline: '2026-06-20', late: true });
    expect(p.find((x) => x.templateKey === 'slaapplek')).toMatchObject({ deadline: '2026-06-23', late: false });
  });
  it('leaves out items already taken up and items whose basisvoorwaarde is in order', () => {
    const p = proposeCountdown(DEFAULT_COUNTDOWN_TEMPLATE, release, '2026-03-01', {
      takenKeys: ['uitkering'],
      basis: basis({ id: 'geregeld', bank: 'nvt' }),
    });
    const keys = p.map((x) => x.templateKey);
    expect(keys).not.toContain('uitkering');
    expect(keys).not.toContain('id');
    expect(keys).not.toContain('bankrekening');
    expect(keys).toContain('eerste_afspraak');
  });
  it('uses the lead times of an adapted template', () => {
    const tpl = DEFAULT_COUNTDOWN_TEMPLATE.map((t) => (t.key === 'id' ? { ...t, offsetDays: -21 } : t));
    expect(proposeCountdown(tpl, release, '2026-03-01').find((x) => x.templateKey === 'id')?.deadline).toBe('2026-06-09');
    expect(countdownTemplateSchema.safeParse([...tpl, { ...tpl[0] }]).success).toBe(false);
  });
  it('counts the days to release in Dutch', () => {
    expect(countdownText(release, '2026-06-18')).toBe('nog 12 dagen tot vrijlating');
    expect(countdownText(release, '2026-06-29')).toBe('nog 1 dag tot vrijlating');
    expect(countdownText(release, release)).toBe('vandaag vrijlating');
    expect(countdownText(release, '2026-07-03')).toBe('3 dagen na vrijlating');
    expect(countdownText(null, release)).toBe('geen verwachte vrijlatingsdatum');
  });
  it('moves open template actions by the shift of the release date, old and new dates listed', () => {
    const actions = [
      { id: 1, title: 'ID', status: 'open' as const, deadline: '2026-06-16', templateKey: 'id' },
      { id: 2, title: 'Slaapplek', status: 'bezig' as const, deadline: '2026-06-20', templateKey: 'slaapplek' },
      { id: 3, title: 'Klaar', status: 'gedaan' as const, deadline: '2026-06-01', templateKey: 'zorgverzekering' },
      { id: 4, title: 'Eigen actie', status: 'open' as const, deadline: '2026-06-10', templateKey: null },
      { id: 5, title: 'Uitkering', status: 'open' as const, deadline: '2026-05-05', templateKey: 'uitkering' },
    ];
    const later = redateForRelease(actions, DEFAULT_COUNTDOWN_TEMPLATE, release, '2026-07-14');
    expect(later).toEqual([
      { actionId: 1, title: 'ID', oldDeadline: '2026-06-16', newDeadline: '2026-06-30' },
      { actionId: 2, title: 'Slaapplek', oldDeadline: '2026-06-20', newDeadline: '2026-07-04' },
    ]);
    const earlier = redateForRelease(actions, DEFAULT_COUNTDOWN_TEMPLATE, release, '2026-06-23');
    expect(earlier.map((r) => [r.actionId, r.newDeadline])).toEqual([
      [1, '2026-06-09'],
      [2, '2026-06-13'],
      [5, '2026-04-28'],
    ]);
    expect(redateForRelease(actions, DEFAULT_COUNTDOWN_TEMPLATE, release, release)).toEqual([]);
  });
  it('lists what is not yet in order for release day', () => {
    const items = notYetInOrder(
      basis({
        id: 'geregeld',
        housing: 'in_gang',
        income: 'geregeld',
        debts: 'nvt',
        care: 'geregeld',
        network: 'nvt',
        bank: 'geregeld',
        daytime: 'niet_geregeld',
      }),
      [
        { title: 'Slaapplek regelen', status: 'open', deadline: '2026-06-23' },
        { title: 'Eerste afspraak', status: 'open', deadline: '2026-07-02' },
        { title: 'Al gedaan', status: 'gedaan', deadline: '2026-06-01' },
      ],
      release,
    );
    expect(items.map((i) => `${i.kind}:${i.label}:${i.detail}`)).toEqual([
      'basis:Onderdak:in gang',
      'basis:Dagbesteding:niet geregeld',
      'action:Slaapplek regelen:open',
    ]);
  });
});

describe('rappel', () => {
  const today = '2026-03-10';
  const a = (id: number, partnerId: number | null, deadline: string, status: RappelAction['status'] = 'open'): RappelAction => ({
    id,
    dossierId: 1,
    clientRef: `T. Testmans (dossier ${id})`,
    title: `Actie ${id} & zo`,
    deadline,
    status,
    partnerId,
    contactName: id === 1 ? 'F. Fictief' : null,
    lastReminderOn: null,
  });
  const partners = [
    { id: 10, name: 'Woningcorporatie Fictief', email: 'info@woning.example' },
    { id: 20, name: 'UWV Testkantoor', email: '' },
  ];
  it('groups overdue and soon-due actions per partner; unassigned last; later and finished left out', () => {
    const groups = groupRappel(
      [
        a(1, 10, '2026-03-01'),
        a(2, 10, '2026-03-12'),
        a(3, 20, '2026-04-30'),
        a(4, null, '2026-03-09'),
        a(5, 20, '2026-03-02', 'gedaan'),
        a(6, 20, '2026-03-05', 'bezig'),
      ],
      partners,
      today,
      7,
    );
    expect(groups.map((g) => [g.partnerName, g.overdue.map((x) => x.id), g.soon.map((x) => x.id)])).toEqual([
      ['UWV Testkantoor', [6], []],
      ['Woningcorporatie Fictief', [1], [2]],
      ['niet toegewezen', [4], []],
    ]);
  });
  it('writes a ready reminder text and a properly encoded mailto URL', () => {
    const [g] = groupRappel([a(1, 10, '2026-03-01'), a(2, 10, '2026-03-12')], partners, today, 7);
    const text = reminderText(
      g!,
      { coordinatorName: 'T. Coördinator', municipalityName: 'Gemeente Fictiefdorp', coordinatorPhone: '', coordinatorEmail: 'nazorg@fictief.example' },
      today,
    );
    expect(text.subject).toBe('Herinnering nazorg: 2 afspraken');
    expect(text.body).toContain('- T. Testmans (dossier 1): Actie 1 & zo (t.a.v. F. Fictief), deadline 01-03-2026 (9 dagen te laat)');
    expect(text.body).toContain('De deadline nadert:\n- T. Testmans (dossier 2): Actie 2 & zo, deadline 12-03-2026 (over 2 dagen)');
    const url = mailtoUrl(g!.email, text);
    expect(url.startsWith('mailto:info@woning.example?subject=Herinnering%20nazorg%3A%202%20afspraken&body=')).toBe(true);
    const body = new URL(url).searchParams.get('body');
    expect(body).toBe(text.body.replace(/\n/g, '\r\n'));
    expect(url).not.toContain('+');
    expect(url).not.toContain(' ');
    expect(url.split('&')).toHaveLength(2); // the & in the action title is escaped
    expect(url).toContain('Co%C3%B6rdinator');
  });
});

describe('plan configuration', () => {
  it('falls back per key to defaults when stored data is missing or broken', () => {
    expect(readPlanConfig(undefined)).toEqual(DEFAULT_PLAN_CONFIG);
    const cfg = readPlanConfig({ soonDays: 14, lifeDomains: [], countdownTemplate: 'kapot' });
    expect(cfg.soonDays).toBe(14);
    expect(cfg.lifeDomains).toHaveLength(13);
    expect(cfg.countdownTemplate).toHaveLength(DEFAULT_COUNTDOWN_TEMPLATE.length);
  });
});
