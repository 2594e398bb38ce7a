import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { formatDateNl } from '../../common/dates.js';
import { unlockedCore, type TypedCall } from '../helpers/core.js';
import { pdfText } from '../helpers/pdf.js';
import { parseIcs, unescapeIcsText } from '../helpers/parse-back.js';

const today = format(new Date(), 'yyyy-MM-dd');
const inDays = (n: number) => format(addDays(new Date(), n), 'yyyy-MM-dd');
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('release day in the documents and the calendar, over the API on a real encrypted vault', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let call: TypedCall;
  let id = 0;

  beforeEach(async () => {
    ctx = await unlockedCore();
    call = ctx.call;
    const r = await call('dossiers.create', { achternaam: 'Vrijdagsma', voornamen: 'Testje', detentieStart: inDays(-300), verwachteVrijlating: inDays(-1) });
    if (!r.created) throw new Error('not created');
    id = r.id;
    await call('dossiers.transition', { id, to: 'detentie' });
    await call('dossiers.transition', { id, to: 'vrijlating_nadert' });
    await call('plans.setBasis', { dossierId: id, key: 'id', state: 'geregeld', note: 'ID-kaart opgehaald' });
    await call('plans.setBasis', { dossierId: id, key: 'housing', state: 'niet_geregeld', note: '' });
  });
  afterEach(async () => ctx.close());

  it('the Actieplan shows the day-one record, unchanged by later plan changes, with a correction and its reason', async () => {
    let text = squeeze(pdfText(Buffer.from((await call('documents.actionPlan', { dossierId: id, recipient: 'Overleg' })).pdfBase64, 'base64')));
    expect(text).not.toContain('Op de dag van vrijlating');
    await call('dossiers.transition', { id, to: 'nazorg', werkelijkeVrijlating: inDays(-1) });
    await call('plans.setBasis', { dossierId: id, key: 'housing', state: 'geregeld', note: 'Kamer bij de opvang' });
    await call('aftercare.correctDayOne', { dossierId: id, key: 'debts', state: 'in_gang', note: '', reason: 'Schuldhulp liep al' });
    // The correction and its audit line are one change (the handler writes them in one transaction).
    expect((await call('audit.list', { event: 'aftercare.day_one_correct' })).entries.map((e) => e.detail)).toEqual([{ id, key: 'debts' }]);
    text = squeeze(pdfText(Buffer.from((await call('documents.actionPlan', { dossierId: id, recipient: 'Overleg' })).pdfBase64, 'base64')));
    expect(text).toContain(`Op de dag van vrijlating (${formatDateNl(inDays(-1))})`);
    const dayOne = text.slice(text.indexOf('Op de dag van vrijlating'));
    expect(dayOne).toMatch(/Identiteitsbewijs geregeld ID-kaart opgehaald/);
    expect(dayOne).toMatch(/Onderdak niet geregeld/);
    expect(dayOne).toContain(`Schulden in gang Gecorrigeerd op ${formatDateNl(today)}: Schuldhulp liep al`);
    // The plan itself moved on.
    expect(text.slice(0, text.indexOf('Op de dag van vrijlating'))).toMatch(/Onderdak geregeld Kamer bij de opvang/);
  });

  it('an action with a time and a place is an appointment in the Actieplan and a timed event in the calendar', async () => {
    await call('plans.addAction', {
      dossierId: id,
      title: 'Intake bij Werk en Inkomen',
      deadline: inDays(3),
      appointmentTime: '14:30',
      appointmentPlace: 'Stadhuis, balie 4',
    });
    await call('plans.addAction', { dossierId: id, title: 'Zorgverzekering regelen', deadline: inDays(5) });
    await expect(call('plans.addAction', { dossierId: id, title: 'Zonder datum', appointmentTime: '10:00' })).rejects.toMatchObject({
      details: { fields: { deadline: 'Een afspraak met een tijd heeft een datum nodig.' } },
    });
    const plan = await call('plans.get', { dossierId: id });
    expect(plan.actions.find((a) => a.title.startsWith('Intake'))).toMatchObject({ appointmentTime: '14:30', appointmentPlace: 'Stadhuis, balie 4' });

    const text = squeeze(pdfText(Buffer.from((await call('documents.actionPlan', { dossierId: id, recipient: 'Overleg' })).pdfBase64, 'base64')));
    // pdftotext reads the table row by line: the appointment is the action cell's second line.
    const row = text.slice(text.indexOf('Intake bij Werk en Inkomen'), text.indexOf('Zorgverzekering regelen'));
    expect(row).toContain(`Afspraak: ${formatDateNl(inDays(3))} 14:30, Stadhuis, balie 4`);

    const ics = await call('exports.actionsIcs', { recipient: 'Eigen agenda', purpose: 'Afspraken' });
    const { events } = parseIcs(Buffer.from(ics.base64, 'base64').toString('utf8'));
    const appt = events.find((e) => unescapeIcsText(e['SUMMARY']!).startsWith('Afspraak: Intake'))!;
    expect(appt[Object.keys(appt).find((k) => k.startsWith('DTSTART'))!]).toBe(`${inDays(3).replace(/-/g, '')}T143000`);
    expect(unescapeIcsText(appt['LOCATION']!)).toBe('Stadhuis, balie 4');
    const deadline = events.find((e) => unescapeIcsText(e['SUMMARY']!).startsWith('Deadline: Zorgverzekering'))!;
    expect(deadline['DTSTART;VALUE=DATE']).toBe(inDays(5).replace(/-/g, ''));

    // The time can be changed and removed again.
    const intake = plan.actions.find((a) => a.title.startsWith('Intake'))!;
    const after = await call('plans.updateAction', { id: intake.id, appointmentTime: '' });
    expect(after.actions.find((a) => a.id === intake.id)).toMatchObject({ appointmentTime: null, appointmentPlace: 'Stadhuis, balie 4' });
  });
});
