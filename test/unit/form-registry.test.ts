import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract, type MethodName } from '../../common/api/contract.js';
import { EXEMPTIONS, FORM_SPECS, isWriteMethod, writeMethods } from '../browser/forms/registry.js';

const root = join(import.meta.dirname, '..', '..');

describe('every write method of the API contract has a form spec or an explicit exemption', () => {
  const specified = new Set(FORM_SPECS.flatMap((s) => s.methods));

  it('no write method is forgotten', () => {
    const forgotten = writeMethods().filter((m) => !specified.has(m) && !(m in EXEMPTIONS));
    expect(forgotten, 'add a form spec or an exemption in test/browser/forms/registry.ts').toEqual([]);
  });

  it('the rule sorts the contract: asking methods read, the rest writes', () => {
    expect(isWriteMethod('dossiers.get')).toBe(false);
    expect(isWriteMethod('exchange.previewImport')).toBe(false);
    expect(isWriteMethod('backup.status')).toBe(false);
    expect(isWriteMethod('dossiers.create')).toBe(true);
    expect(isWriteMethod('plans.updateConfig')).toBe(true);
    expect(isWriteMethod('documents.actionPlan')).toBe(true);
    expect(writeMethods().length).toBeGreaterThan(50);
  });

  it('specs and exemptions name real write methods, and none is both', () => {
    const names = Object.keys(contract) as MethodName[];
    for (const m of [...specified, ...(Object.keys(EXEMPTIONS) as MethodName[])]) {
      expect(names, m).toContain(m);
      expect(isWriteMethod(m), `${m} reads; it needs no entry`).toBe(true);
    }
    expect([...specified].filter((m) => m in EXEMPTIONS)).toEqual([]);
  });

  it('each exemption gives a reason, and the test it names exists and drives that screen', () => {
    const wrong: string[] = [];
    for (const [m, e] of Object.entries(EXEMPTIONS)) {
      if (e!.reason.length < 10) wrong.push(`${m}: no reason`);
      if (!e!.coveredBy) continue;
      const file = join(root, e!.coveredBy.file);
      if (!existsSync(file)) wrong.push(`${m}: ${e!.coveredBy.file} does not exist`);
      else if (!readFileSync(file, 'utf8').toLowerCase().includes(e!.coveredBy.contains.toLowerCase()))
        wrong.push(`${m}: ${e!.coveredBy.file} never mentions "${e!.coveredBy.contains}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('each form spec has fields, and each field an invalid value with its Dutch message or a reason why every choice is valid', () => {
    for (const s of FORM_SPECS) {
      expect(s.fields.length, s.name).toBeGreaterThan(0);
      for (const f of s.fields) {
        if (f.invalid.length === 0) expect(f.kind === 'select' && !!f.everyChoiceValid, `${s.name}: ${f.label}`).toBe(true);
        for (const i of f.invalid) expect(i.message, `${s.name}: ${f.label}`).toMatch(/[a-z]/);
      }
    }
  });
});
