import { describe, expect, it } from 'vitest';
import { FIRST_RUN_STEPS, firstRunStartStep, firstRunStateAfterClosing, municipalityDetailsSchema, shouldOfferFirstRunGuide } from '../../common/first-run.js';
import { readSettings, settingsPatchSchema } from '../../common/settings.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { inDutch } from '../helpers/messages.js';

const details = {
  municipalityName: 'Gemeente Fictiefdorp',
  municipalityAddress: 'Voorbeeldplein 1',
  coordinatorName: 'Zoë Testcoördinator',
  coordinatorPhone: '010 123 45 67',
  coordinatorEmail: 'coordinator@fictiefdorp.example',
};

describe('first-run guide rules', () => {
  it('is offered only while pending, and never in the demo vault', () => {
    expect(shouldOfferFirstRunGuide('pending', false)).toBe(true);
    expect(shouldOfferFirstRunGuide('pending', true)).toBe(false);
    for (const s of ['not-offered', 'finished', 'skipped'] as const) expect(shouldOfferFirstRunGuide(s, false)).toBe(false);
  });

  it('resumes a pending guide at its stored step (clamped), and starts a reopened one at step 1', () => {
    expect(firstRunStartStep('pending', 2)).toBe(2);
    expect(firstRunStartStep('pending', 99)).toBe(FIRST_RUN_STEPS.length - 1);
    expect(firstRunStartStep('pending', -3)).toBe(0);
    expect(firstRunStartStep('skipped', 2)).toBe(0);
    expect(firstRunStartStep('finished', 3)).toBe(0);
  });

  it('closing early skips a pending guide but keeps a finished one finished', () => {
    expect(firstRunStateAfterClosing('pending')).toBe('skipped');
    expect(firstRunStateAfterClosing('skipped')).toBe('skipped');
    expect(firstRunStateAfterClosing('finished')).toBe('finished');
  });

  it('vaults without a stored guide state (older ones) are not offered the guide; unknown stored values fall back', () => {
    expect(readSettings({})).toMatchObject({ firstRunGuide: 'not-offered', firstRunStep: 0 });
    expect(readSettings({ firstRunGuide: 'pending', firstRunStep: 2 })).toMatchObject({ firstRunGuide: 'pending', firstRunStep: 2 });
    expect(readSettings({ firstRunGuide: 'half', firstRunStep: 17 })).toMatchObject({ firstRunGuide: 'not-offered', firstRunStep: 0 });
    expect(settingsPatchSchema.safeParse({ firstRunStep: FIRST_RUN_STEPS.length }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ firstRunGuide: 'finished', firstRunStep: 3 }).success).toBe(true);
  });
});

describe('municipality step of the guide', () => {
  it('accepts complete details, trimmed, and an empty e-mail and phone', () => {
    expect(municipalityDetailsSchema.parse({ ...details, municipalityName: '  Gemeente Fictiefdorp ' }).municipalityName).toBe('Gemeente Fictiefdorp');
    expect(municipalityDetailsSchema.safeParse({ ...details, coordinatorEmail: '', coordinatorPhone: '' }).success).toBe(true);
  });

  it('names each problem in Dutch on its own field', () => {
    const r = municipalityDetailsSchema.safeParse({ ...details, municipalityName: '   ', coordinatorName: '', coordinatorEmail: 'geen-emailadres' });
    expect(r.success).toBe(false);
    expect(inDutch(fieldErrors(r.error!))).toEqual({
      municipalityName: 'Vul de naam van de gemeente in.',
      coordinatorName: 'Vul uw naam in.',
      coordinatorEmail: 'Geen geldig e-mailadres.',
    });
  });

  it('what the step accepts, the settings accept too', () => {
    const parsed = municipalityDetailsSchema.parse(details);
    expect(settingsPatchSchema.safeParse(parsed).success).toBe(true);
  });
});
