import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../common/plan/actions.js';
import { BASIS_STATE_INFO, basisDef } from '../../../common/plan/basisvoorwaarden.js';
import type { PlanConfig } from '../../../common/plan/config.js';
import { domainLabel } from '../../../common/plan/domains.js';
import type { ActionView, PlanView as PlanData } from '../../../common/plan/types.js';
import { CONTACT_ROLE_LABELS } from '../../../common/dossiers/schema.js';
import { STATUS_LABELS } from '../../../common/dossiers/status.js';
import type { DossierDetail } from '../../../common/dossiers/types.js';
import type { ActionRow, ClientHeader, Letterhead, PlanView } from '../../../common/documents/view-models.js';
import type { Settings } from '../../../common/settings.js';
import { getDossierDetail } from '../../../db/repositories/dossier-core.js';
import { getPlan } from '../../../db/repositories/plan-view.js';
import { getDayOne } from '../../../db/repositories/aftercare.js';
import type { DayOneRecord } from '../../../common/aftercare/types.js';
import { formatDateNl } from '../../../common/dates.js';
import type { ReleaseSheetModel } from '../../../common/documents/release-sheet.js';
import { SHEET_ITEMS, type SheetLanguage } from '../../../common/documents/release-sheet-texts.js';
import type { Db } from '../../../db/vault.js';
import type { Clock } from '../../../common/calendar.js';

/**
 * Fills the documents' view models (common/documents/view-models.ts) from the dossier and plan
 * repositories. Only here do storage shapes meet document shapes.
 */
export function letterheadFrom(s: Settings): Letterhead {
  return {
    municipalityName: s.municipalityName,
    municipalityAddress: s.municipalityAddress,
    coordinatorName: s.coordinatorName,
    coordinatorTitle: s.coordinatorTitle,
    coordinatorPhone: s.coordinatorPhone,
    coordinatorEmail: s.coordinatorEmail,
    logo: s.logo,
  };
}

/** The dossier number people see in documents and in the provisions register. */
export function dossierReference(id: number): string {
  return `D-${String(id).padStart(5, '0')}`;
}

export function clientHeader(detail: DossierDetail): ClientHeader {
  const d = detail.dossier;
  const street = (d.adresNa || d.adresVoor)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');
  const address = d.woonplaats && !street.includes(d.woonplaats) ? [street, d.woonplaats].filter(Boolean).join(', ') : street;
  return {
    dossierId: d.id,
    reference: dossierReference(d.id),
    voornamen: d.voornamen,
    tussenvoegsel: d.tussenvoegsel,
    achternaam: d.achternaam,
    aanhef: d.aanhef,
    geboortedatum: d.geboortedatum ?? null,
    bsn: d.bsn ?? null,
    statusLabel: STATUS_LABELS[d.status],
    institution: d.institution || null,
    releaseDate: d.werkelijkeVrijlating ?? d.verwachteVrijlating ?? null,
    address,
  };
}

export function actionRow(a: ActionView, config: PlanConfig): ActionRow {
  return {
    id: a.id,
    domain: a.domainKey ? domainLabel(config.lifeDomains, a.domainKey) : '',
    what: a.title,
    partner: a.partnerName ?? 'Nog niet toegewezen',
    unassigned: a.partnerName === null || a.partnerName === undefined,
    contactPerson: a.contactName ?? '',
    deadline: a.deadline,
    appointment: [a.appointmentTime, a.appointmentPlace].filter(Boolean).join(', '),
    statusLabel: ACTION_STATUS_LABELS[a.status as ActionStatus] ?? a.status,
    overdue: a.due === 'overdue',
  };
}

const GOAL_LABELS: Record<string, string> = { open: 'Loopt', bereikt: 'Bereikt', vervallen: 'Vervallen' };

export function planView(detail: DossierDetail, plan: PlanData, config: PlanConfig): PlanView {
  const latest = new Map<string, PlanData['scores'][number]>();
  for (const s of plan.scores) latest.set(s.domainKey, s);
  const open = plan.actions.filter((a) => a.status === 'open' || a.status === 'bezig');
  const hasPlan = plan.basis.some((b) => b.changedOn !== null) || plan.scores.length > 0 || plan.goals.length > 0 || plan.actions.length > 0;
  return {
    hasPlan,
    client: clientHeader(detail),
    basisvoorwaarden: hasPlan
      ? plan.basis.map((b) => ({
          label: basisDef(b.key).label,
          stateLabel: BASIS_STATE_INFO[b.state].label,
          attention: BASIS_STATE_INFO[b.state].light === 'red',
          note: b.note,
        }))
      : [],
    domainScores: [...latest.values()].map((s) => ({ domain: domainLabel(config.lifeDomains, s.domainKey), score: s.score, note: s.note })),
    goals: plan.goals
      .filter((g) => g.status !== 'vervallen')
      .map((g) => ({ domain: g.domainKey ? domainLabel(config.lifeDomains, g.domainKey) : '', text: g.text, status: GOAL_LABELS[g.status] ?? g.status })),
    openActions: open.map((a) => actionRow(a, config)),
    contacts: detail.contacts.map((c) => ({
      role: CONTACT_ROLE_LABELS[c.role] ?? c.role,
      name: c.name,
      organisation: c.organisation,
      phone: c.telefoon,
      email: c.email,
    })),
    amounts: [],
  };
}

export function dayOneView(rec: DayOneRecord | null): PlanView['dayOne'] {
  if (!rec) return null;
  return {
    releaseDate: rec.releaseDate,
    rows: rec.entries.map((e) => ({
      label: basisDef(e.key).label,
      stateLabel: BASIS_STATE_INFO[e.state].label,
      attention: BASIS_STATE_INFO[e.state].light === 'red',
      note: e.note,
      correction: e.correctedAt ? `Gecorrigeerd op ${formatDateNl(e.correctedAt.slice(0, 10))}: ${e.correctionReason}` : '',
    })),
  };
}

export async function loadPlanView(db: Db, dossierId: number, clock: Clock, config: PlanConfig): Promise<PlanView> {
  const detail = await getDossierDetail(db, dossierId);
  const plan = await getPlan(db, dossierId, clock, config);
  return { ...planView(detail, plan, config), dayOne: dayOneView(await getDayOne(db, dossierId)) };
}

/** Who the sheet names for a person around the client, in the client's words. */
const SHEET_ROLE: Record<string, { nl: string; en: string }> = {
  casemanager: { nl: 'Uw begeleider in de gevangenis', en: 'Your case worker in prison' },
  reclassering: { nl: 'Reclassering', en: 'Probation service' },
  wijkteam: { nl: 'Wijkteam', en: 'Neighbourhood team' },
  hulpverlener: { nl: 'Hulpverlener', en: 'Care worker' },
};

/** The release sheet's data: appointments with a time or place, the five things arranged or not (and who helps), phone numbers. */
export async function loadReleaseSheet(
  db: Db,
  dossierId: number,
  clock: Clock,
  config: PlanConfig,
  settings: Settings,
  language: SheetLanguage,
): Promise<ReleaseSheetModel> {
  const detail = await getDossierDetail(db, dossierId);
  const plan = await getPlan(db, dossierId, clock, config);
  const d = detail.dossier;
  const open = plan.actions.filter((a) => a.status === 'open' || a.status === 'bezig');
  const helperByBasis = new Map<string, string>();
  for (const a of open) {
    const basisKey = config.countdownTemplate.find((t) => t.key === a.templateKey)?.basisKey;
    if (basisKey && a.partnerName && !helperByBasis.has(basisKey)) helperByBasis.set(basisKey, a.partnerName);
  }
  return {
    language,
    letterhead: letterheadFrom(settings),
    date: clock.today,
    greetingName: d.roepnaam || d.voornamen.split(/\s+/)[0] || fullNameOf(d),
    releaseDate: d.werkelijkeVrijlating ?? d.verwachteVrijlating ?? null,
    appointments: open
      .filter((a) => a.appointmentTime || a.appointmentPlace)
      .filter((a) => !a.deadline || a.deadline >= clock.today)
      .sort((x, y) => `${x.deadline ?? ''}${x.appointmentTime ?? ''}`.localeCompare(`${y.deadline ?? ''}${y.appointmentTime ?? ''}`))
      .map((a) => ({
        date: a.deadline,
        time: a.appointmentTime,
        place: a.appointmentPlace,
        what: a.title,
        withWhom: [a.contactName, a.partnerName].filter(Boolean).join(', '),
      })),
    phones: detail.contacts
      .filter((c) => c.telefoon && c.role !== 'naaste')
      .map((c) => ({ who: [SHEET_ROLE[c.role]?.[language], c.name].filter(Boolean).join(': '), phone: c.telefoon })),
    items: SHEET_ITEMS.map((item) => {
      const state = plan.basis.find((b) => b.key === item)?.state ?? 'onbekend';
      return { item, arranged: state === 'geregeld' || state === 'nvt', helper: helperByBasis.get(item) ?? '' };
    }),
  };
}

function fullNameOf(d: { voornamen: string; achternaam: string }): string {
  return `${d.voornamen} ${d.achternaam}`.trim();
}
