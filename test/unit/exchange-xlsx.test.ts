import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../common/bsn.js';
import type { TableDescription } from '../../common/exchange/table.js';
import { toDutchCsv } from '../../electron/main/exchange/csv.js';
import { writeTable } from '../../electron/main/exchange/spreadsheet.js';
import { toXlsx } from '../../electron/main/exchange/xlsx.js';
import { seededRandom, syntheticBsnWithLeadingZero } from '../../db/demo/synthetic.js';
import { parseCsv } from '../helpers/parse-back.js';

interface Row {
  naam: string;
  bsn: string;
  dossier: number;
  postcode: string;
  datum: string | null;
  tijdstip: string;
  bedrag: number;
  aantal: number;
}

type Column = TableDescription<Row>['columns'][number];
/** A column that shows the row's field `key` as it is, in the given kind. */
const column = (header: string, key: keyof Row, kind?: Column['kind']): Column => ({ header, value: (r) => r[key], ...(kind ? { kind } : {}) });

const table: TableDescription<Row> = {
  sheetName: 'Proef',
  columns: [
    column('Naam', 'naam'),
    column('BSN', 'bsn', 'id'),
    column('Dossiernummer', 'dossier', 'id'),
    column('Postcode', 'postcode', 'id'),
    column('Deadline', 'datum', 'date'),
    column('Tijdstip', 'tijdstip', 'datetime'),
    column('Bedrag', 'bedrag', 'euro'),
    column('Aantal', 'aantal', 'number'),
  ],
};

const bsn = syntheticBsnWithLeadingZero(seededRandom(18));
const rows: Row[] = [
  {
    naam: 'Zéphyrtest, Testje',
    bsn,
    dossier: 7,
    postcode: '0123 AB',
    datum: '2026-03-05',
    tijdstip: '2026-12-04T10:15:00',
    bedrag: 123456,
    aantal: 3,
  },
  {
    naam: '=HYPERLINK("http://voorbeeld.invalid","klik")',
    bsn: '123456782',
    dossier: 12345678901,
    postcode: '9999 ZZ',
    datum: null,
    tijdstip: '2026-07-01T23:59:00',
    bedrag: -1250,
    aantal: 0,
  },
];

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  return ws;
}

describe('Excel workbook from a table description', () => {
  it('keeps identifiers as text, dates as dates dd-mm-jjjj, amounts as euro numbers, header frozen', async () => {
    expect(bsn.startsWith('0')).toBe(true);
    expect(isValidBsn(bsn)).toBe(true);
    const ws = await readBack(await toXlsx(table, rows));
    expect(ws.name).toBe('Proef');

    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(table.columns.map((c) => c.header));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const r = ws.getRow(2);
    // BSN with a leading zero: text, zero intact, formatted as text so retyping keeps it text.
    expect(r.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(2).value).toBe(bsn);
    expect(r.getCell(2).numFmt).toBe('@');
    expect(r.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(3).value).toBe('7');
    expect(r.getCell(4).value).toBe('0123 AB');
    // A long dossier number stays all its digits, not 1,23E+10.
    expect(ws.getRow(3).getCell(3).value).toBe('12345678901');

    const date = r.getCell(5);
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(date.numFmt).toBe('dd-mm-yyyy');
    expect(ws.getRow(3).getCell(5).value).toBeNull();

    const stamp = r.getCell(6);
    expect(stamp.type).toBe(ExcelJS.ValueType.Date);
    expect((stamp.value as Date).toISOString()).toBe('2026-12-04T10:15:00.000Z');
    expect(stamp.numFmt).toBe('dd-mm-yyyy hh:mm');

    const amount = r.getCell(7);
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(1234.56);
    expect(amount.numFmt).toContain('€');
    expect(amount.numFmt).toContain('#,##0.00');
    expect(ws.getRow(3).getCell(7).value).toBe(-12.5);

    expect(r.getCell(8).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getRow(3).getCell(8).value).toBe(0);
  });

  it('neutralises a cell that starts like a formula, the same way as the CSV', async () => {
    const ws = await readBack(await toXlsx(table, rows));
    const cell = ws.getRow(3).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('\'=HYPERLINK("http://voorbeeld.invalid","klik")');
    const csvCell = parseCsv(toDutchCsv(table.columns, rows).toString('utf8').slice(1))[2]![0];
    expect(cell.value).toBe(csvCell);
  });

  it('makes the columns wide enough for header and contents', async () => {
    const ws = await readBack(await toXlsx(table, rows));
    const width = (i: number) => ws.getColumn(i).width ?? 0;
    expect(width(1)).toBeGreaterThanOrEqual('=HYPERLINK("http://voorbeeld.invalid","klik")'.length + 1);
    expect(width(3)).toBeGreaterThanOrEqual('Dossiernummer'.length);
    expect(width(5)).toBeGreaterThanOrEqual('dd-mm-jjjj'.length);
    expect(width(5)).toBeLessThan(20);
  });

  it('CSV and workbook of one description have the same header row', async () => {
    const csv = parseCsv((await writeTable('csv', table, rows)).toString('utf8').slice(1));
    const ws = await readBack(await writeTable('xlsx', table, rows));
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(csv[0]);
    expect(ws.rowCount).toBe(csv.length);
    // The CSV shows the same identifier and date as text Excel must not reinterpret.
    expect(csv[1]!.slice(1, 5)).toEqual([bsn, '7', '0123 AB', '05-03-2026']);
  });

  it('an empty export is a workbook with only the header row', async () => {
    const ws = await readBack(await toXlsx(table, []));
    expect(ws.rowCount).toBe(1);
  });
});
