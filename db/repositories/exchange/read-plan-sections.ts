import { asc, eq } from 'drizzle-orm';
import type { ActionEntry, ExchangeSection, PlanSection } from '../../../common/exchange/payload.js';
import type { Bundle } from '../../../common/exchange/sections.js';
import { PARTNER_TYPE_KEYS, type PartnerType } from '../../../common/plan/partners.js';
import { domainScores, partnerContacts, partners, planActions, planBasis, planGoals } from '../../schema.js';
import type { Conn } from '../dossier-fields.js';
import { inIds, jsonList, listsByDossier, listsOf, type ItemList } from './json-lists.js';

const BASIS: ItemList = {
  table: planBasis,
  fields: { key: planBasis.key, state: planBasis.state, note: planBasis.note, changedOn: planBasis.changedOn },
  orderBy: [asc(planBasis.key)],
};
const s = domainScores;
const SCORES: ItemList = {
  table: s,
  fields: { domainKey: s.domainKey, score: s.score, assessedOn: s.assessedOn, note: s.note },
  orderBy: [asc(s.assessedOn), asc(s.id)],
};
const g = planGoals;
const GOALS: ItemList = { table: g, fields: { domainKey: g.domainKey, text: g.text, status: g.status }, orderBy: [asc(g.id)] };

/** The plan and actions sections (tables of the plan area) of these bundles, for export, preview and import. */
export async function readPlanSections(db: Conn, bundles: Bundle[], sections: ReadonlySet<ExchangeSection>): Promise<void> {
  const ids = bundles.map((b) => b.id);
  if (sections.has('plan')) {
    const basis = await listsOf<PlanSection['basis'][number]>(db, ids, BASIS);
    const scores = await listsOf<PlanSection['scores'][number]>(db, ids, SCORES);
    const goals = await listsOf<PlanSection['goals'][number]>(db, ids, GOALS);
    for (const b of bundles) b.plan = { basis: basis.get(b.id) ?? [], scores: scores.get(b.id) ?? [], goals: goals.get(b.id) ?? [] };
  }
  if (sections.has('actions')) {
    const a = planActions;
    const actions = await listsByDossier<ActionRow>(
      db
        .select({
          dossierId: a.dossierId,
          items: jsonList(
            {
              title: a.title,
              domainKey: a.domainKey,
              partnerType: partners.type,
              partnerName: partners.name,
              contact: partnerContacts.name,
              deadline: a.deadline,
              status: a.status,
              completedOn: a.completedOn,
              resultNote: a.resultNote,
              createdOn: a.createdOn,
            },
            [asc(a.id)],
          ),
        })
        .from(a)
        .leftJoin(partners, eq(partners.id, a.partnerId))
        .leftJoin(partnerContacts, eq(partnerContacts.id, a.contactId))
        .where(inIds(a.dossierId, ids))
        .groupBy(a.dossierId),
    );
    for (const b of bundles) b.actions = (actions.get(b.id) ?? []).map(actionEntry);
  }
}

type ActionRow = Omit<ActionEntry, 'partner'> & { partnerType: string | null; partnerName: string | null };

function actionEntry({ partnerType, partnerName, ...a }: ActionRow): ActionEntry {
  return {
    title: a.title,
    domainKey: a.domainKey,
    // A type this version does not know travels as 'overig' rather than failing the whole export.
    partner: partnerName
      ? { type: (PARTNER_TYPE_KEYS as string[]).includes(partnerType ?? '') ? (partnerType as PartnerType) : 'overig', name: partnerName }
      : null,
    contact: a.contact,
    deadline: a.deadline,
    status: a.status,
    completedOn: a.completedOn,
    resultNote: a.resultNote,
    createdOn: a.createdOn,
  };
}
