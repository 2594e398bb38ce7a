/**
 * Basisvoorwaarden (docs/domain/basisvoorwaarden.md): the five of the 2019 agreement "Kansen bieden voor re-integratie" (DJI, JenV, VNG,
 * reclassering) plus three often tracked alongside. Each has a state; the strip on a dossier shows them
 * as traffic lights.
 */
export const BASIS_KEYS = ['id', 'housing', 'income', 'debts', 'care', 'network', 'bank', 'daytime'] as const;
export type BasisKey = (typeof BASIS_KEYS)[number];

export interface BasisDef {
  key: BasisKey;
  label: string;
  /** Short form for the strip in lists. */
  short: string;
  /** One of the official five of the 2019 agreement. */
  official: boolean;
  /** What "op orde" means at release, shown as help text. */
  inOrder: string;
}

export const BASISVOORWAARDEN: readonly BasisDef[] = [
  { key: 'id', label: 'Identiteitsbewijs', short: 'ID', official: true, inOrder: 'Geldige identiteitskaart of paspoort in handen.' },
  { key: 'housing', label: 'Onderdak', short: 'Ond', official: true, inOrder: 'Slaapplek vanaf dag één, woonruimte voor de langere termijn geregeld.' },
  { key: 'income', label: 'Werk en inkomen', short: 'Ink', official: true, inOrder: 'Werk, of uitkering aangevraagd.' },
  { key: 'debts', label: 'Schulden', short: 'Sch', official: true, inOrder: 'Schulden in beeld, schuldhulpverlening gestart waar nodig.' },
  { key: 'care', label: 'Zorg', short: 'Zorg', official: true, inOrder: 'Zorgverzekering actief, zorg (GGZ, verslaving, medicatie) voortgezet.' },
  { key: 'network', label: 'Sociaal netwerk', short: 'Net', official: false, inOrder: 'Familie, partner of naasten in beeld en betrokken waar mogelijk.' },
  { key: 'bank', label: 'Bankrekening', short: 'Bank', official: false, inOrder: 'Bankrekening beschikbaar vóór vrijlating.' },
  { key: 'daytime', label: 'Dagbesteding', short: 'Dag', official: false, inOrder: 'Werk, opleiding of andere dagbesteding afgesproken.' },
];

export const BASIS_STATES = ['onbekend', 'niet_geregeld', 'in_gang', 'geregeld', 'nvt'] as const;
export type BasisState = (typeof BASIS_STATES)[number];

/** Traffic-light colour; 'neutral' for states that need no attention signal. */
export type TrafficLight = 'red' | 'orange' | 'green' | 'grey' | 'neutral';

export const BASIS_STATE_INFO: Record<BasisState, { label: string; light: TrafficLight }> = {
  onbekend: { label: 'onbekend', light: 'grey' },
  niet_geregeld: { label: 'niet geregeld', light: 'red' },
  in_gang: { label: 'in gang', light: 'orange' },
  geregeld: { label: 'geregeld', light: 'green' },
  nvt: { label: 'n.v.t.', light: 'neutral' },
};

export function basisDef(key: BasisKey): BasisDef {
  return BASISVOORWAARDEN.find((b) => b.key === key)!;
}

/** One of the official five of the 2019 agreement (shown in bold in the plan). */
export function isOfficialBasis(key: BasisKey): boolean {
  return basisDef(key).official;
}

export function trafficLight(state: BasisState): TrafficLight {
  return BASIS_STATE_INFO[state].light;
}

export interface BasisStatus {
  key: BasisKey;
  state: BasisState;
  note: string;
  /** ISO date of the last change; null while never set. */
  changedOn: string | null;
}

/** Every key present, in catalogue order; a key never set reads as 'onbekend'. */
export function completeBasis(stored: readonly Partial<BasisStatus>[]): BasisStatus[] {
  return BASISVOORWAARDEN.map((b) => {
    const s = stored.find((x) => x.key === b.key);
    return { key: b.key, state: s?.state ?? 'onbekend', note: s?.note ?? '', changedOn: s?.changedOn ?? null };
  });
}

/** Counts as in order at release: arranged, or not applicable to this client. */
export function isInOrder(state: BasisState): boolean {
  return state === 'geregeld' || state === 'nvt';
}

/** The basisvoorwaarden still needing work, in catalogue order. */
export function basisNotInOrder(statuses: readonly BasisStatus[]): BasisStatus[] {
  return completeBasis(statuses).filter((s) => !isInOrder(s.state));
}

/** Compact encoding for list rows: one character per key in catalogue order (o, n, i, g, x). */
const STATE_CHAR: Record<BasisState, string> = { onbekend: 'o', niet_geregeld: 'n', in_gang: 'i', geregeld: 'g', nvt: 'x' };

export function encodeStrip(statuses: readonly BasisStatus[]): string {
  return completeBasis(statuses)
    .map((s) => STATE_CHAR[s.state])
    .join('');
}

export function decodeStrip(strip: string | null | undefined): BasisState[] {
  const byChar = Object.fromEntries(Object.entries(STATE_CHAR).map(([k, v]) => [v, k as BasisState]));
  return BASIS_KEYS.map((_, i) => byChar[strip?.[i] ?? 'o'] ?? 'onbekend');
}
