import { addDays, format, isValid, parse } from 'date-fns';
import { msg } from '../messages';

/**
 * Quick keyboard entry of an action during the allocation meeting, in one line:
 *   "ID-kaart aanvragen @wijkteam 12-12"        partner by (part of) its name, deadline dd-mm(-jjjj)
 *   "Bijstand aanvragen @werk +7"               deadline in 7 days
 *   "Intake plannen @\"GGZ Zuid\" 05-01-2027"   quotes for a partner name with spaces
 * Parsed here (pure, shared by the form and its tests); the main side checks the result again.
 */
export interface PartnerOption {
  id: number;
  name: string;
}

export interface QuickAction {
  title: string;
  partnerId: number;
  partnerName: string;
  deadline: string;
}

export type QuickParse = { ok: true; value: QuickAction } | { ok: false; errors: string[]; partial: Partial<QuickAction> };

const PARTNER = /(?:^|\s)@(?:"([^"]+)"|(\S+))/;
const DATE = /(?:^|\s)(\d{1,2}-\d{1,2}(?:-\d{4})?)(?=\s|$)/;
const OFFSET = /(?:^|\s)\+(\d{1,3})(?=\s|$)/;

function isoOf(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** dd-mm or dd-mm-jjjj; without a year, the first such day from today on. */
export function parseQuickDate(text: string, today: string): string | null {
  const base = parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const [d, m, y] = text.split('-');
  if (y) {
    const full = parse(`${d!.padStart(2, '0')}-${m!.padStart(2, '0')}-${y}`, 'dd-MM-yyyy', base);
    return isValid(full) && format(full, 'd-M-yyyy') === `${Number(d)}-${Number(m)}-${y}` ? isoOf(full) : null;
  }
  for (const year of [base.getFullYear(), base.getFullYear() + 1]) {
    const candidate = parse(`${d!.padStart(2, '0')}-${m!.padStart(2, '0')}-${year}`, 'dd-MM-yyyy', base);
    if (!isValid(candidate) || format(candidate, 'd-M') !== `${Number(d)}-${Number(m)}`) return null;
    if (isoOf(candidate) >= today) return isoOf(candidate);
  }
  return null;
}

export function matchPartner(query: string, partners: readonly PartnerOption[]): PartnerOption[] {
  const q = query.toLocaleLowerCase('nl');
  const exact = partners.filter((p) => p.name.toLocaleLowerCase('nl') === q);
  if (exact.length > 0) return exact;
  const starts = partners.filter(
    (p) =>
      p.name
        .toLocaleLowerCase('nl')
        .split(/[\s&/-]+/)
        .some((w) => w.startsWith(q)) || p.name.toLocaleLowerCase('nl').startsWith(q),
  );
  if (starts.length > 0) return starts;
  return partners.filter((p) => p.name.toLocaleLowerCase('nl').includes(q));
}

export function parseQuickAction(line: string, partners: readonly PartnerOption[], today: string): QuickParse {
  let rest = ` ${line.trim()} `;
  const errors: string[] = [];
  const partial: Partial<QuickAction> = {};

  const pm = PARTNER.exec(rest);
  if (pm) {
    rest = rest.replace(pm[0], ' ');
    const query = (pm[1] ?? pm[2] ?? '').trim();
    const found = matchPartner(query, partners);
    if (found.length === 1) {
      partial.partnerId = found[0]!.id;
      partial.partnerName = found[0]!.name;
    } else if (found.length === 0) errors.push(msg('partnerNotFound', { query }));
    else errors.push(msg('partnerAmbiguous', { query, names: found.map((p) => p.name).join(', ') }));
  } else errors.push(msg('assignPartnerNameExampleWijkteam'));

  const om = OFFSET.exec(rest);
  const dm = DATE.exec(rest);
  if (om) {
    rest = rest.replace(om[0], ' ');
    partial.deadline = isoOf(addDays(parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1)), Number(om[1])));
  } else if (dm) {
    rest = rest.replace(dm[0], ' ');
    const iso = parseQuickDate(dm[1]!, today);
    if (iso) partial.deadline = iso;
    else errors.push(msg('invalidDateText', { text: dm[1]! }));
  } else errors.push(msg('giveDeadlineDdMmDd'));

  const title = rest.replace(/\s+/g, ' ').trim();
  if (title) partial.title = title;
  else errors.unshift(msg('describeAction'));
  if (title.length > 300) errors.push(msg('maxChars', { count: 300 }));

  if (errors.length > 0) return { ok: false, errors, partial };
  return { ok: true, value: partial as QuickAction };
}
