import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../common/exchange/files.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { seededRandom, syntheticBsnWithLeadingZero } from '../../db/demo/synthetic.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { parseCsv } from '../helpers/parse-back.js';

type Ctx = Awaited<ReturnType<typeof unlockedCore>>;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BSN = syntheticBsnWithLeadingZero(seededRandom(1804));
const FORMULA_TITLE = '=HYPERLINK("http://voorbeeld.invalid","bel")';
const who = { recipient: 'Wijkteam Oost', purpose: 'Afspraken overleg' };

async function sheetOf(file: FileDownload): Promise<ExcelJS.Worksheet> {
  expect(file.mediaType).toBe(XLSX_TYPE);
  expect(file.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  // Every workbook keeps its header row in view.
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  return ws;
}

const headersOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const csvOf = (file: FileDownload) => parseCsv(Buffer.from(file.base64, 'base64').subarray(3).toString('utf8'));

/** The cell under a header, in the first data row that matches. */
function cellAt(ws: ExcelJS.Worksheet, header: string, row = 2): ExcelJS.Cell {
  const col = headersOf(ws).indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header}`);
  return ws.getRow(row).getCell(col);
}

function expectDate(cell: ExcelJS.Cell, iso: string) {
  expect(cell.type).toBe(ExcelJS.ValueType.Date);
  expect((cell.value as Date).toISOString().slice(0, 10)).toBe(iso);
  expect(cell.numFmt).toBe('dd-mm-yyyy');
}

describe('every spreadsheet export as an Excel workbook, from the same table as its CSV', () => {
  let ctx: Ctx;
  let api: ReturnType<typeof apiOf>;
  let dossierId = 0;
  let meetingId = 0;
  let partnerId = 0;

  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
    const partner = await api.call('partners.create', { type: 'wijkteam', name: 'Wijkteam Oost', email: '', phone: '', note: '' });
    partnerId = partner.id;
    const r = await api.call('dossiers.create', {
      achternaam: 'Nulproef',
      voornamen: 'Testje',
      geboortedatum: '1990-02-03',
      bsn: BSN,
      verwachteVrijlating: '2099-11-30',
    });
    if (!r.created) throw new Error('seed');
    dossierId = r.id;
    const meeting = await api.call('meetings.create', { date: '2099-12-01', partnerIds: [partnerId], dossierIds: [dossierId] });
    meetingId = meeting.id;
    await api.call('meetings.addAction', { itemId: meeting.items[0]!.id, title: FORMULA_TITLE, partnerId, deadline: '2099-12-31', domainKey: 'financien' });
  });
  afterAll(async () => ctx?.close());

  it('dossier list: the BSN with its leading zero and the dossier number are text, dates are dates', async () => {
    const file = await api.call('exports.dossiersCsv', { ...who, includeBsn: true, format: 'xlsx' });
    expect(file.fileName).toMatch(/^dossierlijst-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = await sheetOf(file);
    expect(BSN.startsWith('0')).toBe(true);
    const bsn = cellAt(ws, 'BSN');
    expect(bsn.type).toBe(ExcelJS.ValueType.String);
    expect(bsn.value).toBe(BSN);
    expect(bsn.numFmt).toBe('@');
    expect(cellAt(ws, 'Dossiernummer').value).toBe(String(dossierId));
    expect(cellAt(ws, 'Dossiernummer').type).toBe(ExcelJS.ValueType.String);
    expectDate(cellAt(ws, 'Geboortedatum'), '1990-02-03');
    expectDate(cellAt(ws, 'Verwachte vrijlating'), '2099-11-30');
    expect(cellAt(ws, 'Werkelijke vrijlating').value).toBeNull();

    const csv = csvOf(await api.call('exports.dossiersCsv', { ...who, includeBsn: true, format: 'csv' }));
    expect(headersOf(ws)).toEqual(csv[0]);
    const kinds = (await listProvisions(ctx.core.session.requireVault().db)).map((p) => p.kind);
    expect(kinds.slice(0, 2)).toEqual(['csv.dossiers', 'xlsx.dossiers']);
  });

  it('actions per partner and a meeting’s actions: deadline a date, a title like a formula neutralised', async () => {
    for (const file of [
      await api.call('exports.actionsCsv', { ...who, partnerId, format: 'xlsx' }),
      await api.call('exports.meetingActionsCsv', { ...who, meetingId, format: 'xlsx' }),
    ]) {
      const ws = await sheetOf(file);
      expectDate(cellAt(ws, 'Deadline'), '2099-12-31');
      const title = cellAt(ws, 'Actie');
      expect(title.type).toBe(ExcelJS.ValueType.String);
      expect(title.formula).toBeUndefined();
      expect(title.value).toBe(`'${FORMULA_TITLE}`);
      expect(cellAt(ws, 'Dossiernummer').value).toBe(String(dossierId));
    }
    const meetingFile = await api.call('exports.meetingActionsCsv', { ...who, meetingId, format: 'xlsx' });
    expect(meetingFile.fileName).toBe('acties-overleg-2099-12-01.xlsx');
    const csv = csvOf(await api.call('exports.meetingActionsCsv', { ...who, meetingId }));
    expect(headersOf(await sheetOf(meetingFile))).toEqual(csv[0]);
    expect(csv[1]![4]).toBe(`'${FORMULA_TITLE}`);
    const kinds = (await listProvisions(ctx.core.session.requireVault().db)).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['xlsx.acties-partner', 'xlsx.acties-overleg', 'csv.acties-overleg']));
  });

  it('overview: counts are numbers, period bounds are dates', async () => {
    const file = await api.call('dossiers.overviewCsv', { year: 2099, period: 'quarter', format: 'xlsx' });
    expect(file.fileName).toBe('overzicht-nazorg-2099-per-kwartaal.xlsx');
    const ws = await sheetOf(file);
    expect(ws.rowCount).toBe(1 + 4 + 1);
    expectDate(cellAt(ws, 'Van'), '2099-01-01');
    expectDate(cellAt(ws, 'Tot en met', 6), '2099-12-31');
    const opened = cellAt(ws, 'Geopend', 6);
    expect(opened.type).toBe(ExcelJS.ValueType.Number);
    const csv = csvOf(await api.call('dossiers.overviewCsv', { year: 2099, period: 'quarter' }));
    expect(headersOf(ws)).toEqual(csv[0]);
    expect(String(opened.value)).toBe(csv[5]![3]);
    expect((await listProvisions(ctx.core.session.requireVault().db))[0]!.kind).toBe('csv.overzicht');
  });

  it('register of provisions: date and time a real date-time, the number of dossiers a number', async () => {
    const file = await api.call('provisions.exportCsv', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^verstrekkingenregister-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = await sheetOf(file);
    const at = cellAt(ws, 'Datum en tijd');
    expect(at.type).toBe(ExcelJS.ValueType.Date);
    expect(at.numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(cellAt(ws, 'Aantal dossiers').type).toBe(ExcelJS.ValueType.Number);
    // The register lists its own export too, with the format.
    const [own] = await listProvisions(ctx.core.session.requireVault().db);
    expect(own!.kind).toBe('xlsx.verstrekkingenregister');
    const csv = csvOf(await api.call('provisions.exportCsv', {}));
    expect(headersOf(ws)).toEqual(csv[0]);
  });

  it('audit log: one row per entry, the time a real date-time, recorded in the register', async () => {
    const file = await api.call('audit.export', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^logboek-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const ws = await sheetOf(file);
    expect(ws.rowCount).toBe(file.rows + 1);
    expect(cellAt(ws, 'Tijdstip').type).toBe(ExcelJS.ValueType.Date);
    expect(headersOf(ws)).toEqual(['Tijdstip', 'Gebeurtenis', 'Details']);
    const csvFile = await api.call('audit.export', { format: 'csv' });
    expect(csvFile.fileName).toMatch(/\.csv$/);
    expect(csvOf(csvFile)[0]).toEqual(headersOf(ws));
    const kinds = (await listProvisions(ctx.core.session.requireVault().db)).map((p) => p.kind);
    expect(kinds.slice(0, 2)).toEqual(['csv.logboek', 'xlsx.logboek']);
  });
});
