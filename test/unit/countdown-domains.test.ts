import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_CONFIG, readPlanConfig } from '../../common/plan/config.js';
import { DEFAULT_COUNTDOWN_TEMPLATE, correctUntouchedDefaultDomains } from '../../common/plan/countdown.js';
import { DEFAULT_LIFE_DOMAINS } from '../../common/plan/domains.js';

/** Where a coordinator looks for each default countdown action (the ZRM 2017 domain names). */
const EXPECTED: Record<string, string> = {
  uitkering: 'Financiën',
  schulden: 'Financiën',
  huisvesting: 'Huisvesting',
  zorgverzekering: 'Lichamelijke gezondheid',
  zorg_continuiteit: 'Geestelijke gezondheid',
  bankrekening: 'Financiën',
  id: 'Instrumentele ADL',
  dagbesteding: 'Tijdsbesteding',
  slaapplek: 'Huisvesting',
  netwerk: 'Sociaal netwerk',
  eerste_afspraak: 'Justitie',
};

const labelOf = (key: string | null) => DEFAULT_LIFE_DOMAINS.find((d) => d.key === key)?.label ?? null;

/** A template as a vault stored it before the correction. */
const OLD_STORED = DEFAULT_COUNTDOWN_TEMPLATE.map((t) => ({
  ...t,
  domainKey: t.key === 'id' ? 'justitie' : t.key === 'eerste_afspraak' ? null : t.domainKey,
}));

describe('default countdown template: life domains', () => {
  it('puts every default action under the life domain a coordinator looks for it in', () => {
    const mapping = Object.fromEntries(DEFAULT_COUNTDOWN_TEMPLATE.map((t) => [t.key, labelOf(t.domainKey)]));
    expect(mapping).toEqual(EXPECTED);
  });

  it('never files the ID card under Justitie, and uses only domains of the default catalogue', () => {
    expect(DEFAULT_COUNTDOWN_TEMPLATE.find((t) => t.key === 'id')!.domainKey).not.toBe('justitie');
    for (const t of DEFAULT_COUNTDOWN_TEMPLATE) expect(DEFAULT_LIFE_DOMAINS.some((d) => d.key === t.domainKey && d.active)).toBe(true);
  });

  it('corrects a stored template the coordinator never touched when the vault reads it', () => {
    const cfg = readPlanConfig({ ...DEFAULT_PLAN_CONFIG, countdownTemplate: OLD_STORED });
    expect(cfg.countdownTemplate.find((t) => t.key === 'id')!.domainKey).toBe('instrumentele_adl');
    expect(cfg.countdownTemplate.find((t) => t.key === 'eerste_afspraak')!.domainKey).toBe('justitie');
    expect(cfg.countdownTemplate).toEqual(DEFAULT_PLAN_CONFIG.countdownTemplate);
  });

  it('keeps what the coordinator chose: an edited item, or a corrected domain they retired', () => {
    const edited = OLD_STORED.map((t) => (t.key === 'id' ? { ...t, offsetDays: -21 } : t));
    const kept = correctUntouchedDefaultDomains(
      edited,
      DEFAULT_LIFE_DOMAINS.map((d) => d.key),
    );
    expect(kept.find((t) => t.key === 'id')).toMatchObject({ domainKey: 'justitie', offsetDays: -21 });
    expect(kept.find((t) => t.key === 'eerste_afspraak')!.domainKey).toBe('justitie');

    const retired = DEFAULT_LIFE_DOMAINS.map((d) => (d.key === 'instrumentele_adl' ? { ...d, active: false } : d));
    const cfg = readPlanConfig({ ...DEFAULT_PLAN_CONFIG, lifeDomains: retired, countdownTemplate: OLD_STORED });
    expect(cfg.countdownTemplate.find((t) => t.key === 'id')!.domainKey).toBe('justitie');

    const ownChoice = OLD_STORED.map((t) => (t.key === 'id' ? { ...t, domainKey: 'maatschappelijke_participatie' } : t));
    expect(
      correctUntouchedDefaultDomains(
        ownChoice,
        DEFAULT_LIFE_DOMAINS.map((d) => d.key),
      ).find((t) => t.key === 'id')!.domainKey,
    ).toBe('maatschappelijke_participatie');
  });
});
