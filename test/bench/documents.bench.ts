import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { unlockedCore } from '../helpers/core.js';
import { ADDRESSEE, TINY_PNG } from '../fixtures/documents.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const inDays = (n: number) => addDaysIso(localTodayIso(), n);

/**
 * Documents the way the app makes them: view models read from the encrypted vault, the definition built,
 * pdfmake renders to bytes, the provision recorded. Timed after a warm-up in the same process.
 */
export async function benchDocuments(): Promise<BenchResult[]> {
  const ctx = await unlockedCore();
  const { call } = ctx;
  try {
    await call('settings.update', {
      municipalityName: 'Gemeente Fictiefdorp',
      municipalityAddress: 'Voorbeeldplein 1\n9999 ZZ Fictiefdorp',
      coordinatorName: 'T. Testcoördinator',
      logo: TINY_PNG,
    });
    const partnerIds: number[] = [];
    for (const name of ['Wijkteam Oost', 'Werk & Inkomen'])
      partnerIds.push((await call('partners.create', { type: 'wijkteam', name, email: '', phone: '', note: '' })).id);
    partnerIds.push((await call('partners.list', {})).find((p) => p.name === 'Reclassering Nederland')!.id);
    const rand = seededRandom(2026);
    const dossierIds: number[] = [];
    for (let i = 0; i < 50; i++) {
      const p = syntheticPerson(rand, i + 1);
      const r = await call('dossiers.create', {
        achternaam: p.achternaam,
        tussenvoegsel: p.tussenvoegsel,
        voornamen: p.voornamen,
        geboortedatum: p.geboortedatum,
        bsn: p.bsn,
        verwachteVrijlating: inDays(10 + i),
      });
      if (!r.created) throw new Error('bench dossier not created');
      dossierIds.push(r.id);
      const actions = i === 0 ? 30 : 4;
      for (let a = 0; a < actions; a++)
        await call('plans.addAction', {
          dossierId: r.id,
          title: `Actie ${a + 1}: identiteitskaart, uitkering of zorgverzekering regelen`,
          partnerId: partnerIds[a % 3]!,
          deadline: inDays(a + 1),
        });
      await call('plans.setBasis', { dossierId: r.id, key: 'housing', state: 'in_gang', note: 'Opvangplek gereserveerd' });
    }
    const meeting = await call('meetings.create', {
      title: 'Regie- en toedelingsoverleg',
      date: inDays(1),
      startTime: '10:00',
      place: 'Gemeentehuis',
      partnerIds,
      dossierIds,
    });
    const addressee = ADDRESSEE;

    const actionPlan = await timeRuns(15, async () => void (await call('documents.actionPlan', { dossierId: dossierIds[0]! })), 3);
    const pack = await timeRuns(5, async () => void (await call('documents.meetingPack', { meetingId: meeting.id, pseudonymise: false })), 1);
    const letter = await timeRuns(
      15,
      async () =>
        void (await call('documents.handoverLetter', { dossierId: dossierIds[1]!, templateId: 'overdracht-reclassering', addressee, includePlan: false })),
      3,
    );
    return [
      result('documents.action_plan', actionPlan, undefined, '<= 250 ms (30 actions, from the vault)'),
      result('documents.meeting_pack_50', pack, undefined, '<= 5000 ms (50 dossiers)'),
      result('documents.handover_letter', letter, undefined, '<= 250 ms'),
    ];
  } finally {
    await ctx.close();
  }
}
