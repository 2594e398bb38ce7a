import { asc, eq, inArray } from 'drizzle-orm';
import type { ActionEntry, ExchangeSection, PlanSection } from '../../../common/exchange/payload.js';
import type { Bundle } from '../../../common/exchange/sections.js';
import { PARTNER_TYPE_KEYS, type PartnerType } from '../../../common/plan/partners.js';
import type { BasisKey, BasisState } from '../../../common/plan/basisvoorwaarden.js';
import { domainScores, partnerContacts, partners, planActions, planBasis, planGoals } from '../../schema.js';
import type { Conn } from '../dossier-fields.js';
import { selectIn } from './batches.js';

/** The plan and actions sections (tables of the plan area) of these bundles, for export, preview and import. */
export async function readPlanSections(db: Conn, bundles: Bundle[], sections: ReadonlySet<ExchangeSection>): Promise<void> {
  const ids = bundles.map((b) => b.id);
  if (sections.has('plan')) {
    const basis = await selectIn(ids, (c) => db.select().from(planBasis).where(inArray(planBasis.dossierId, c)).orderBy(asc(planBasis.key)));
    const scores = await selectIn(ids, (c) =>
      db.select().from(domainScores).where(inArray(domainScores.dossierId, c)).orderBy(asc(domainScores.assessedOn), asc(domainScores.id)),
    );
    const goals = await selectIn(ids, (c) => db.select().from(planGoals).where(inArray(planGoals.dossierId, c)).orderBy(asc(planGoals.id)));
    for (const b of bundles) {
      b.plan = {
        basis: (basis.get(b.id) ?? []).map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note, changedOn: r.changedOn })),
        scores: (scores.get(b.id) ?? []).map((r) => ({ domainKey: r.domainKey, score: r.score, assessedOn: r.assessedOn, note: r.note })),
        goals: (goals.get(b.id) ?? []).map((r) => ({ domainKey: r.domainKey, text: r.text, status: r.status as PlanSection['goals'][number]['status'] })),
      };
    }
  }
  if (sections.has('actions')) {
    const actions = await selectIn(ids, (c) =>
      db
        .select({
          dossierId: planActions.dossierId,
          title: planActions.title,
          domainKey: planActions.domainKey,
          partnerType: partners.type,
          partnerName: partners.name,
          contactName: partnerContacts.name,
          deadline: planActions.deadline,
          status: planActions.status,
          completedOn: planActions.completedOn,
          resultNote: planActions.resultNote,
          createdOn: planActions.createdOn,
        })
        .from(planActions)
        .leftJoin(partners, eq(partners.id, planActions.partnerId))
        .leftJoin(partnerContacts, eq(partnerContacts.id, planActions.contactId))
        .where(inArray(planActions.dossierId, c))
        .orderBy(asc(planActions.id)),
    );
    for (const b of bundles) {
      b.actions = (actions.get(b.id) ?? []).map((a) => ({
        title: a.title,
        domainKey: a.domainKey,
        // A type this version does not know travels as 'overig' rather than failing the whole export.
        partner: a.partnerName
          ? { type: (PARTNER_TYPE_KEYS as string[]).includes(a.partnerType ?? '') ? (a.partnerType as PartnerType) : 'overig', name: a.partnerName }
          : null,
        contact: a.contactName,
        deadline: a.deadline,
        status: a.status as ActionEntry['status'],
        completedOn: a.completedOn,
        resultNote: a.resultNote,
        createdOn: a.createdOn,
      }));
    }
  }
}
