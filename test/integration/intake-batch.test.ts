import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { inDutch } from '../helpers/messages.js';

/**
 * A list of notices (CSV as Dutch Excel writes it, and an Excel workbook): the preview says per line new, update
 * or refused with the reason; a refused line that is still chosen refuses the whole list and nothing is written;
 * without it, all chosen lines are written in one transaction.
 */
describe('intake of a list of notices', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let api: ReturnType<typeof apiOf>;
  const rand = seededRandom(4417);
  const known = syntheticBsn(rand);
  const fresh = syntheticBsn(rand);
  let knownId = 0;
  const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
  const csv = [
    'Naam;BSN;Geboortedatum;Inrichting;Datum insluiting;Verwachte datum invrijheidstelling;Reclassering',
    `Nepveld, Probeer;${fresh};04-05-1991;PI Zwolle;02-11-2026;01-06-2027;Reclassering Nederland`,
    `Fictiefsma, Demora;${known};12-08-1985;Penitentiaire Inrichting Vught;10-10-2026;20-04-2027;`,
    'Bedachtman, Oefen;123456789;01-01-1980;PI Almelo;01-11-2026;01-02-2027;',
  ].join('\r\n');

  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
    const res = await api.call('dossiers.create', {
      achternaam: 'Fictiefsma',
      voornamen: 'Demora',
      bsn: known,
      geboortedatum: '1985-08-12',
      institution: 'PI Vught',
      detentieStart: '2026-10-10',
      verwachteVrijlating: '2027-01-15',
    });
    knownId = (res as { id: number }).id;
  });
  afterAll(async () => ctx.close());

  const total = async () => (await api.call('dossiers.list', {})).total;

  it('previews new, update and refused lines with the reason in Dutch', async () => {
    const p = await api.call('intake.batchPreview', { file: { name: 'maandoverzicht.csv', data: b64(`\uFEFF${csv}`) } });
    expect(p.counts).toEqual({ new: 1, update: 1, refused: 1 });
    const [a, b, c] = p.rows;
    expect(a).toMatchObject({
      row: 2,
      kind: 'new',
      fields: { achternaam: 'Nepveld', bsn: fresh, institution: 'PI Zwolle', verwachteVrijlating: '2027-06-01' },
    });
    expect(b).toMatchObject({ row: 3, kind: 'update', existingId: knownId });
    expect(b!.changes).toEqual([{ field: 'verwachteVrijlating', old: '2027-01-15', new: '2027-04-20' }]);
    expect(c!.kind).toBe('refused');
    expect(inDutch(c!.problems.map((x) => x.message)).join(' ')).toMatch(/elfproef/);
    expect(await total()).toBe(1);
  });

  it('a refused line still chosen refuses the whole list: nothing is written', async () => {
    const err = await api.fail('intake.batchApply', { file: { name: 'maandoverzicht.csv', data: b64(csv) }, rows: [2, 3, 4] });
    expect(err.message).toBe('Regel 4 is geweigerd. Haal het vinkje weg of verbeter de lijst; er is niets opgeslagen.');
    expect(await total()).toBe(1);
    expect((await api.call('dossiers.get', { id: knownId })).dossier.verwachteVrijlating).toBe('2027-01-15');
  });

  it('writes the chosen lines: a new dossier with its reclassering, and the release date moved with its history', async () => {
    const res = await api.call('intake.batchApply', { file: { name: 'maandoverzicht.csv', data: b64(csv) }, rows: [2, 3] });
    expect(res).toEqual({ created: 1, updated: 1 });
    expect(await total()).toBe(2);
    const known = await api.call('dossiers.get', { id: knownId });
    expect(known.releaseHistory.map((h) => h.date)).toEqual(['2027-01-15', '2027-04-20']);
    const created = (await api.call('dossiers.list', { query: fresh })).items[0]!;
    const detail = await api.call('dossiers.get', { id: created.id });
    expect(detail.contacts.map((c) => [c.role, c.name])).toEqual([['reclassering', 'Reclassering Nederland']]);
  });

  it('reads an Excel workbook with real date cells the same way', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Meldingen');
    ws.addRow(['Achternaam', 'Voornamen', 'BSN', 'Geboortedatum', 'Inrichting', 'Verwachte vrijlating']);
    ws.addRow(['Proefhuis', 'Fantasia', syntheticBsn(rand), new Date(Date.UTC(1993, 2, 3)), 'PI Leeuwarden', new Date(Date.UTC(2027, 8, 30))]);
    const data = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const p = await api.call('intake.batchPreview', { file: { name: 'lijst.xlsx', data } });
    expect(p.rows[0]).toMatchObject({
      kind: 'new',
      fields: { achternaam: 'Proefhuis', voornamen: 'Fantasia', geboortedatum: '1993-03-03', verwachteVrijlating: '2027-09-30' },
    });
  });

  it('refuses a file that is no list, in Dutch, and writes nothing', async () => {
    const err = await api.fail('intake.batchPreview', { file: { name: 'lijst.xlsx', data: b64(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0])) } });
    expect(err.message).toBe('Deze lijst kan niet worden gelezen. Kies een CSV-bestand of een Excel-werkmap (.xlsx).');
    expect(await total()).toBe(2);
  });
});
