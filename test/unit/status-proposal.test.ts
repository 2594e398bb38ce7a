import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_WINDOW_DAYS, proposeStatus, STATUS_PROPOSAL_RULES } from '../../common/dossiers/status-proposal.js';
import { DOSSIER_STATUSES, TRANSITIONS, transitionErrors, type JourneyFacts } from '../../common/dossiers/status.js';
import { DEFAULT_SETTINGS, readSettings, settingsSchema } from '../../common/settings.js';

const today = '2026-03-10';
const facts = (f: Partial<JourneyFacts>): JourneyFacts => ({
  status: 'melding',
  detentieStart: null,
  verwachteVrijlating: null,
  werkelijkeVrijlating: null,
  ...f,
});

describe('the journey follows the facts: proposed next status', () => {
  it('proposes "In detentie" once the detention has started', () => {
    expect(proposeStatus(facts({ detentieStart: '2026-01-05' }), today)).toEqual({ to: 'detentie', fact: 'detentionStarted', date: '2026-01-05' });
    expect(proposeStatus(facts({ detentieStart: today }), today)?.to).toBe('detentie');
    // A start in the future is not a fact yet.
    expect(proposeStatus(facts({ detentieStart: '2026-03-11' }), today)).toBeNull();
    expect(proposeStatus(facts({}), today)).toBeNull();
  });

  it('proposes "Vrijlating nadert" when the expected release falls within the countdown window (six weeks by default)', () => {
    expect(DEFAULT_RELEASE_WINDOW_DAYS).toBe(42);
    // The case: a new dossier with a detention start and release twenty days away.
    const twentyDays = facts({ detentieStart: '2026-01-05', verwachteVrijlating: '2026-03-30' });
    expect(proposeStatus(twentyDays, today)).toEqual({ to: 'vrijlating_nadert', fact: 'releaseSoon', date: '2026-03-30' });
    expect(proposeStatus({ ...twentyDays, status: 'detentie' }, today)?.to).toBe('vrijlating_nadert');
    // Exactly on the edge of the window, and one day beyond it.
    expect(proposeStatus(facts({ status: 'detentie', verwachteVrijlating: '2026-04-21' }), today)?.to).toBe('vrijlating_nadert');
    expect(proposeStatus(facts({ status: 'detentie', verwachteVrijlating: '2026-04-22' }), today)).toBeNull();
    // The window is the coordinator's setting.
    expect(proposeStatus(facts({ status: 'detentie', verwachteVrijlating: '2026-04-22' }), today, 60)?.to).toBe('vrijlating_nadert');
    expect(proposeStatus(facts({ status: 'detentie', verwachteVrijlating: '2026-03-30' }), today, 14)).toBeNull();
    // An expected date already past, without an actual release, still means the release is near.
    expect(proposeStatus(facts({ status: 'detentie', verwachteVrijlating: '2026-03-01' }), today)?.to).toBe('vrijlating_nadert');
  });

  it('proposes "Nazorg" once the actual release date is entered and reached', () => {
    for (const status of ['melding', 'detentie', 'vrijlating_nadert'] as const)
      expect(
        proposeStatus(facts({ status, detentieStart: '2026-01-05', verwachteVrijlating: '2026-03-30', werkelijkeVrijlating: '2026-03-09' }), today),
      ).toEqual({
        to: 'nazorg',
        fact: 'released',
        date: '2026-03-09',
      });
    expect(proposeStatus(facts({ status: 'vrijlating_nadert', werkelijkeVrijlating: '2026-03-12' }), today)).toBeNull();
  });

  it('never proposes a step back, and nothing for a dossier in nazorg or closed', () => {
    const all = { detentieStart: '2026-01-05', verwachteVrijlating: '2026-03-30', werkelijkeVrijlating: '2026-03-09' };
    expect(proposeStatus(facts({ ...all, status: 'nazorg' }), today)).toBeNull();
    expect(proposeStatus(facts({ ...all, status: 'afgesloten' }), today)).toBeNull();
    // Release postponed far beyond the window: the coordinator decides to go back to detention, it is not proposed.
    expect(proposeStatus(facts({ status: 'vrijlating_nadert', detentieStart: '2026-01-05', verwachteVrijlating: '2026-12-01' }), today)).toBeNull();
    expect(proposeStatus(facts({ status: 'detentie', detentieStart: '2026-01-05' }), today)).toBeNull();
  });

  it('only proposes moves the journey allows, and each proposal passes the controlled transition', () => {
    for (const rule of STATUS_PROPOSAL_RULES) {
      for (const from of rule.from) {
        expect(TRANSITIONS[from]).toContain(rule.to);
        expect(DOSSIER_STATUSES.indexOf(rule.to)).toBeGreaterThan(DOSSIER_STATUSES.indexOf(from));
      }
    }
    const samples = ['2026-01-05', '2026-03-09', '2026-03-10', '2026-03-30', '2026-05-01', null];
    for (const status of DOSSIER_STATUSES)
      for (const detentieStart of samples)
        for (const verwachteVrijlating of samples)
          for (const werkelijkeVrijlating of samples) {
            const f = facts({ status, detentieStart, verwachteVrijlating, werkelijkeVrijlating });
            const p = proposeStatus(f, today);
            if (p) expect(transitionErrors(f, p.to)).toEqual({});
          }
  });

  it('keeps the window as a setting with a default, refusing nonsense', () => {
    expect(DEFAULT_SETTINGS.releaseWindowDays).toBe(42);
    expect(readSettings({}).releaseWindowDays).toBe(42);
    expect(readSettings({ releaseWindowDays: 28 }).releaseWindowDays).toBe(28);
    expect(readSettings({ releaseWindowDays: 0 }).releaseWindowDays).toBe(42);
    expect(settingsSchema.shape.releaseWindowDays.safeParse(400).success).toBe(false);
    expect(settingsSchema.shape.releaseWindowDays.safeParse(2.5).success).toBe(false);
  });
});
