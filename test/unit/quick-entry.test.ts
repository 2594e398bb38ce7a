import { describe, expect, it } from 'vitest';
import { parseQuickAction, parseQuickDate } from '../../common/meetings/quick-entry.js';
import { inDutch } from '../helpers/messages.js';

const partners = [
  { id: 1, name: 'Wijkteam Oost' },
  { id: 2, name: 'Werk & Inkomen' },
  { id: 3, name: 'Reclassering Nederland' },
  { id: 4, name: 'GGZ Zuid' },
  { id: 5, name: 'GGZ Noord' },
];
const today = '2026-11-26';

describe('quick keyboard entry of meeting actions', () => {
  it('reads title, partner by part of its name and a deadline without a year (next such day)', () => {
    expect(parseQuickAction('ID-kaart aanvragen @wijk 12-12', partners, today)).toEqual({
      ok: true,
      value: { title: 'ID-kaart aanvragen', partnerId: 1, partnerName: 'Wijkteam Oost', deadline: '2026-12-12' },
    });
    expect(parseQuickDate('05-01', today)).toBe('2027-01-05');
    expect(parseQuickDate('26-11', today)).toBe('2026-11-26');
  });

  it('takes +days, a full date, and a quoted partner name in any order', () => {
    expect(parseQuickAction('@inkomen Bijstand aanvragen +7', partners, today)).toMatchObject({
      ok: true,
      value: { partnerId: 2, deadline: '2026-12-03', title: 'Bijstand aanvragen' },
    });
    expect(parseQuickAction('Intake 5-1-2027 plannen @"GGZ Zuid"', partners, today)).toMatchObject({
      ok: true,
      value: { partnerId: 4, deadline: '2027-01-05', title: 'Intake plannen' },
    });
  });

  it('explains in Dutch what is missing or ambiguous', () => {
    const r = parseQuickAction('Intake plannen @ggz 31-02', partners, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(inDutch(r.errors)).toContain('"@ggz" past bij meer partners: GGZ Zuid, GGZ Noord. Typ meer van de naam.');
    expect(inDutch(r.errors)).toContain('"31-02" is geen bestaande datum.');
    const none = parseQuickAction('', partners, today);
    expect(inDutch(none.ok === false && none.errors)).toEqual([
      'Beschrijf de actie.',
      'Wijs een partner toe met @naam, bijvoorbeeld @wijkteam.',
      'Geef een deadline: dd-mm, dd-mm-jjjj of +dagen (bijvoorbeeld +7).',
    ]);
    const unknown = parseQuickAction('Iets @politie +3', partners, today);
    expect(inDutch(unknown.ok === false && unknown.errors)).toEqual(['Geen partner gevonden voor "@politie".']);
  });
});
