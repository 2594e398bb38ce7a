import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOWUP_MOMENTS,
  failedSinceReached,
  firstContactDueBy,
  firstContactState,
  followupState,
  isUnreachable,
  momentLabel,
  plannedMoments,
} from '../../common/aftercare/rules.js';
import { settingsSchema } from '../../common/settings.js';
import { inDutch } from '../helpers/messages.js';

describe('after-release rules', () => {
  it('counts the first-contact hours from the start of the release day, in whole days', () => {
    expect(firstContactDueBy('2026-11-20', 48)).toBe('2026-11-22');
    expect(firstContactDueBy('2026-11-20', 24)).toBe('2026-11-21');
    expect(firstContactDueBy('2026-11-20', 36)).toBe('2026-11-22');
    expect(firstContactState('2026-11-20', false, '2026-11-22', 48)).toBe('due');
    expect(firstContactState('2026-11-20', false, '2026-11-23', 48)).toBe('missed');
    expect(firstContactState('2026-11-20', true, '2026-11-23', 48)).toBe('done');
    expect(firstContactState('2026-11-20', false, '2026-11-19', 48)).toBe('not_released');
    expect(firstContactState(null, false, '2026-11-19', 48)).toBe('not_released');
  });

  it('plans the default moments 2 weeks, 3, 6 and 12 months after release; a month end stays in its month', () => {
    expect(plannedMoments('2026-01-31', DEFAULT_FOLLOWUP_MOMENTS)).toEqual([
      { key: '2-weken', label: '2 weken na vrijlating', dueOn: '2026-02-14' },
      { key: '3-maanden', label: '3 maanden na vrijlating', dueOn: '2026-04-30' },
      { key: '6-maanden', label: '6 maanden na vrijlating', dueOn: '2026-07-31' },
      { key: '12-maanden', label: '12 maanden na vrijlating', dueOn: '2027-01-31' },
    ]);
    expect(momentLabel({ amount: 1, unit: 'maanden' })).toBe('1 maand na vrijlating');
    expect(
      plannedMoments('2026-01-01', [
        { amount: 10, unit: 'dagen' },
        { amount: 10, unit: 'dagen' },
      ]),
    ).toHaveLength(1);
  });

  it('shows a moment from a week before it is due, overdue after the day', () => {
    expect(followupState({ dueOn: '2026-03-10', doneOn: null }, '2026-03-02')).toBe('later');
    expect(followupState({ dueOn: '2026-03-10', doneOn: null }, '2026-03-03')).toBe('due');
    expect(followupState({ dueOn: '2026-03-10', doneOn: null }, '2026-03-10')).toBe('due');
    expect(followupState({ dueOn: '2026-03-10', doneOn: null }, '2026-03-11')).toBe('overdue');
    expect(followupState({ dueOn: '2026-03-10', doneOn: '2026-03-12' }, '2026-03-20')).toBe('done');
  });

  it('counts failed attempts since the client was last reached', () => {
    expect(failedSinceReached([])).toBe(0);
    expect(failedSinceReached([{ result: 'geen_gehoor' }, { result: 'niet_thuis' }, { result: 'geen_gehoor' }])).toBe(3);
    expect(failedSinceReached([{ result: 'geen_gehoor' }, { result: 'bereikt' }, { result: 'geen_gehoor' }])).toBe(1);
    expect(isUnreachable(3, 3)).toBe(true);
    expect(isUnreachable(2, 3)).toBe(false);
  });

  it('refuses a follow-up template with the same moment twice, or none', () => {
    const moments = settingsSchema.shape.followupMoments;
    expect(moments.safeParse([{ amount: 2, unit: 'weken' }]).success).toBe(true);
    expect(inDutch(moments.safeParse([]).error?.issues[0]?.message)).toBe('Er moet minstens één nazorgmoment zijn.');
    expect(
      inDutch(
        moments.safeParse([
          { amount: 2, unit: 'weken' },
          { amount: 2, unit: 'weken' },
        ]).error?.issues[0]?.message,
      ),
    ).toBe('Twee nazorgmomenten zijn gelijk.');
  });
});
