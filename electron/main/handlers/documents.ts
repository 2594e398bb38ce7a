import type { Handlers } from '../../../common/api/contract.js';
import type { documentsMethods, MadeDocument } from '../../../common/api/documents.js';
import { actionPlanDefinition } from '../../../common/documents/action-plan.js';
import { fillHandoverTemplate, handoverLetterDefinition, handoverValues } from '../../../common/documents/handover-letter.js';
import { meetingPackDefinition } from '../../../common/documents/meeting-pack.js';
import { minutesDefinition } from '../../../common/documents/minutes.js';
import { partnerActionListDefinition } from '../../../common/documents/partner-action-list.js';
import type { DocDefinition } from '../../../common/documents/pdf-types.js';
import type { ActionRow, ClientHeader, MeetingInfo } from '../../../common/documents/view-models.js';
import { AppError } from '../../../common/errors.js';
import { TemplateError } from '../../../common/template.js';
import { getDossierDetail } from '../../../db/repositories/dossier-core.js';
import { getMeeting, meetingActionIds } from '../../../db/repositories/meetings.js';
import { getPlanConfig } from '../../../db/repositories/plan-config.js';
import { actionsOfPartners, actionsWithIds, toActionView } from '../../../db/repositories/plan-view.js';
import { partnerNamesById } from '../../../db/repositories/partners.js';
import { audited } from '../../../db/repositories/audit.js';
import { recordProvision } from '../../../db/repositories/provisions.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { Db } from '../../../db/vault.js';
import { actionRow, clientHeader, letterheadFrom, loadPlanView, loadReleaseSheet, dossierReference } from '../documents/build.js';
import { releaseSheetDefinition } from '../../../common/documents/release-sheet.js';
import { renderPdf } from '../documents/render.js';
import type { HandlerContext } from './context.js';
import { msg } from '../../../common/messages/index.js';

type DocumentsHandlers = Pick<Handlers, keyof typeof documentsMethods>;

/** pdfkit writes each page object uncompressed as "/Type /Page". */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

interface Provision {
  kind: string;
  what: string;
  recipient: string;
  purpose: string;
  dossierIds: number[];
}

export function documentsHandlers({ session, clock: readClock }: HandlerContext): DocumentsHandlers {
  const db = (): Db => session.requireVault().db;

  /** Render first; only a document that was actually made is written to the provisions register (with its audit line). */
  async function make(def: DocDefinition, fileName: string, provisions: Provision[]): Promise<MadeDocument> {
    const pdf = await renderPdf(def);
    await audited(
      db(),
      async (tx) => {
        for (const p of provisions) await recordProvision(tx, { ...p, direction: 'out' });
      },
      () => ({
        event: 'document.created',
        detail: { kind: provisions[0]?.kind ?? '', dossiers: [...new Set(provisions.flatMap((p) => p.dossierIds))].length },
      }),
    );
    return { fileName, pdfBase64: pdf.toString('base64'), pages: pageCount(pdf) };
  }

  async function meetingInfo(meetingId: number) {
    const m = await getMeeting(db(), meetingId);
    const info: MeetingInfo = { title: m.title, date: m.date, startTime: m.startTime, place: m.place, partnersPresent: m.partners.map((p) => p.name) };
    return { m, info };
  }

  /**
   * A document of one meeting's dossiers: for the partners present unless the coordinator names someone, and named
   * after the meeting day (and whether the clients' names were left out).
   */
  function makeForMeeting(
    def: DocDefinition,
    { m, info, recipient, pseudonymise }: Awaited<ReturnType<typeof meetingInfo>> & { recipient: string; pseudonymise: boolean },
    doc: { fileStem: string; kind: string; what: string },
  ): Promise<MadeDocument> {
    return make(def, `${doc.fileStem}-${m.date}${pseudonymise ? '-gepseudonimiseerd' : ''}.pdf`, [
      {
        kind: doc.kind,
        what: doc.what,
        recipient: recipient || info.partnersPresent.join(', ') || 'Deelnemers overleg',
        purpose: `Regie- en toedelingsoverleg ${m.date}`,
        dossierIds: m.items.map((i) => i.dossierId),
      },
    ]);
  }

  return {
    'documents.actionPlan': async ({ dossierId, recipient }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const plan = await loadPlanView(db(), dossierId, clock, config);
      return make(
        actionPlanDefinition({ letterhead: letterheadFrom(settings), date: clock.today, plan }),
        `actieplan-${plan.client.reference}-${clock.today}.pdf`,
        [{ kind: 'pdf.actieplan', what: 'Actieplan', recipient, purpose: 'Afstemming nazorg', dossierIds: [dossierId] }],
      );
    },

    'documents.releaseSheet': async ({ dossierId, language }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const model = await loadReleaseSheet(db(), dossierId, clock, config, settings, language);
      return make(releaseSheetDefinition(model), `vrijlatingsblad-${dossierReference(dossierId)}-${language}-${clock.today}.pdf`, [
        {
          kind: 'pdf.vrijlatingsblad',
          what: language === 'nl' ? 'Vrijlatingsblad' : 'Vrijlatingsblad (Engels)',
          recipient: 'Cliënt',
          purpose: 'Informatie voor de cliënt',
          dossierIds: [dossierId],
        },
      ]);
    },

    'documents.meetingPack': async ({ meetingId, pseudonymise, recipient }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const { m, info } = await meetingInfo(meetingId);
      const items = [];
      for (const it of m.items) items.push({ plan: await loadPlanView(db(), it.dossierId, clock, config), note: it.note });
      return makeForMeeting(
        meetingPackDefinition({ letterhead: letterheadFrom(settings), date: clock.today, meeting: info, pseudonymise, items }),
        { m, info, recipient, pseudonymise },
        { fileStem: 'vergaderstukken', kind: 'pdf.vergaderstukken', what: pseudonymise ? 'Vergaderstukken (gepseudonimiseerd)' : 'Vergaderstukken' },
      );
    },

    'documents.minutes': async ({ meetingId, pseudonymise, recipient }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const { m, info } = await meetingInfo(meetingId);
      const items = [];
      for (const it of m.items) {
        const client = clientHeader(await getDossierDetail(db(), it.dossierId));
        const rows = await actionsWithIds(
          db(),
          it.actions.map((a) => a.id),
        );
        items.push({
          client,
          note: it.note,
          decisions: it.decisions.map((d) => ({ text: d.text })),
          newActions: rows.map((r) => actionRow(toActionView(r, clock.today, config.soonDays), config)),
        });
      }
      return makeForMeeting(
        minutesDefinition({ letterhead: letterheadFrom(settings), date: clock.today, meeting: info, pseudonymise, items }),
        { m, info, recipient, pseudonymise },
        { fileStem: 'verslag', kind: 'pdf.verslag', what: 'Verslag overleg' },
      );
    },

    'documents.partnerActionList': async ({ meetingId, partnerIds, pseudonymise }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const meeting = meetingId ? await meetingInfo(meetingId) : null;
      const actionIds = meetingId ? await meetingActionIds(db(), meetingId) : null;
      let rows = actionIds ? await actionsWithIds(db(), actionIds) : await actionsOfPartners(db(), partnerIds);
      rows = rows.filter(
        (r) => (r.status === 'open' || r.status === 'bezig') && r.partnerId !== null && (partnerIds.length === 0 || partnerIds.includes(r.partnerId)),
      );
      if (rows.length === 0 && partnerIds.length === 0) throw new AppError('VALIDATION', msg('thereNoOpenActionsPartner'));
      const clients = new Map<number, ClientHeader>();
      for (const dossierId of new Set(rows.map((r) => r.dossierId))) clients.set(dossierId, clientHeader(await getDossierDetail(db(), dossierId)));
      const partnerNames = await partnerNamesById(db(), partnerIds.length ? partnerIds : [...new Set(rows.map((r) => r.partnerId!))]);
      const sections = [...partnerNames.entries()]
        .sort((a, b) => a[1].localeCompare(b[1], 'nl'))
        .map(([pid, name]) => ({
          partnerId: pid,
          partner: name,
          actions: rows
            .filter((r) => r.partnerId === pid)
            .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
            .map((r) => ({ ...(actionRow(toActionView(r, clock.today, config.soonDays), config) as ActionRow), client: clients.get(r.dossierId)! })),
        }));
      const date = meeting?.m.date ?? clock.today;
      return make(
        partnerActionListDefinition({ letterhead: letterheadFrom(settings), date: clock.today, meeting: meeting?.info ?? null, pseudonymise, sections }),
        `actielijst-${sections.length === 1 ? 'partner' : 'partners'}-${date}.pdf`,
        sections.map((s) => ({
          kind: 'pdf.actielijst',
          what: pseudonymise ? 'Actielijst (gepseudonimiseerd)' : 'Actielijst',
          recipient: s.partner,
          purpose: meeting ? `Acties uit regie- en toedelingsoverleg ${meeting.m.date}` : 'Openstaande acties',
          dossierIds: [...new Set(s.actions.map((a) => a.client.dossierId))],
        })),
      );
    },

    'documents.handoverLetter': async ({ dossierId, templateId, addressee, includePlan, includeReleaseSheet }) => {
      const clock = readClock();
      const [settings, config] = [await getSettings(db()), await getPlanConfig(db())];
      const template = settings.letterTemplates.find((t) => t.id === templateId);
      if (!template) throw new AppError('VALIDATION', msg('letterTemplateDoesNotExist'), { fields: { templateId: msg('chooseTemplate') } });
      const letterhead = letterheadFrom(settings);
      const plan = await loadPlanView(db(), dossierId, clock, config);
      let filled;
      try {
        filled = fillHandoverTemplate(template, handoverValues({ letterhead, plan, addressee, date: clock.today }));
      } catch (err) {
        if (err instanceof TemplateError)
          throw new AppError('VALIDATION', msg('templateUnusable', { name: template.name, problem: err.problem }), { fields: { templateId: err.problem } });
        throw err;
      }
      const reference = `${plan.client.reference}/${clock.today.slice(0, 4)}`;
      const releaseSheet = includeReleaseSheet ? await loadReleaseSheet(db(), dossierId, clock, config, settings, 'nl') : null;
      return make(
        handoverLetterDefinition({
          letterhead,
          date: clock.today,
          reference,
          addressee,
          subject: filled.subject,
          body: filled.body,
          appendix: includePlan ? plan : null,
          releaseSheet,
        }),
        `overdrachtsbrief-${plan.client.reference}-${clock.today}.pdf`,
        [
          {
            kind: 'pdf.overdrachtsbrief',
            what: ['Overdrachtsbrief', [includePlan ? 'actieplan' : '', includeReleaseSheet ? 'vrijlatingsblad' : ''].filter(Boolean).join(' en ')]
              .filter(Boolean)
              .join(' met '),
            recipient: addressee.organisation,
            purpose: 'Overdracht nazorg',
            dossierIds: [dossierId],
          },
        ],
      );
    },
  };
}
