import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { nextSessionState, publicVaultState, SESSION_STATES, SESSION_TRANSITIONS, type SessionState } from '../../common/vault-states.js';

describe('vault session states', () => {
  it('every state has its moves, and every move leads to a state', () => {
    expect(Object.keys(SESSION_TRANSITIONS).sort()).toEqual([...SESSION_STATES].sort());
    for (const targets of Object.values(SESSION_TRANSITIONS)) for (const t of targets) expect(SESSION_STATES).toContain(t);
  });

  it('every state can be reached from where a session starts, and the open vault from every state', () => {
    const reachable = (from: SessionState[]) => {
      const seen = new Set(from);
      for (const s of seen) for (const t of SESSION_TRANSITIONS[s]) seen.add(t);
      return seen;
    };
    // A session starts with no vault or a locked one.
    expect([...reachable(['no-vault'])].sort()).toEqual([...SESSION_STATES].sort());
    expect([...reachable(['locked'])].sort()).toEqual([...SESSION_STATES].sort());
    for (const s of SESSION_STATES) expect(reachable([s]).has('unlocked'), s).toBe(true);
  });

  // Moves written the way the internal error names a refused one.
  const move = (m: string) => m.split(' -> ') as [SessionState, SessionState];

  it('allows the moves the session makes', () => {
    const allowed = [
      'locked -> unlocking',
      'unlocking -> damaged',
      'damaged -> unlocking',
      'unlocked -> replacing',
      'replacing -> unlocked',
      'demo -> no-vault',
    ];
    for (const [from, to] of allowed.map(move)) expect(nextSessionState(from, to)).toBe(to);
  });

  it('refuses a move that is not in the table with an internal error', () => {
    const forbidden = [
      'locked -> unlocked',
      'no-vault -> unlocked',
      'damaged -> unlocked',
      'unlocked -> demo',
      'unlocked -> unlocking',
      'replacing -> replacing',
    ];
    for (const m of forbidden) {
      const [from, to] = move(m);
      expect(() => nextSessionState(from, to)).toThrow(AppError);
      try {
        nextSessionState(from, to);
      } catch (err) {
        expect((err as AppError).code).toBe('INTERNAL');
        expect((err as AppError).details).toEqual({ transition: m });
      }
    }
  });

  it('the renderer sees which screen to show, not what the main side does meanwhile', () => {
    expect(SESSION_STATES.map((s) => [s, publicVaultState(s)])).toEqual([
      ['no-vault', 'no-vault'],
      ['setup-pending', 'setup-pending'],
      ['locked', 'locked'],
      ['unlocking', 'locked'],
      ['unlocked', 'unlocked'],
      ['demo', 'unlocked'],
      ['damaged', 'damaged'],
      ['replacing', 'unlocked'],
    ]);
  });
});
