import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, logoProblem } from '../../common/logo.js';
import { DEFAULT_SETTINGS, readSettings, settingsPatchSchema } from '../../common/settings.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { TINY_PNG } from '../fixtures/documents.js';
import { inDutch } from '../helpers/messages.js';

const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01];
const GIF_HEAD = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00];

describe('logo setting: PNG or JPEG data URL, checked by its bytes, at most 1 MB', () => {
  it('accepts a PNG and a JPEG, and no logo at all', () => {
    expect(logoProblem(TINY_PNG)).toBeNull();
    expect(logoProblem(`data:image/jpeg;base64,${b64(JPEG_HEAD)}`)).toBeNull();
    expect(logoProblem('')).toBeNull();
  });

  it('refuses other kinds of image, a mislabelled file, paths and web addresses', () => {
    expect(inDutch(logoProblem(`data:image/gif;base64,${b64(GIF_HEAD)}`))).toContain('PNG- of JPEG');
    expect(inDutch(logoProblem(`data:image/png;base64,${b64(GIF_HEAD)}`))).toBe('Het bestand is geen PNG- of JPEG-afbeelding.');
    expect(inDutch(logoProblem(`data:image/png;base64,${b64(JPEG_HEAD)}`))).toContain('JPEG-afbeelding, maar is als PNG');
    expect(logoProblem('https://voorbeeld.example/logo.png')).not.toBeNull();
    expect(logoProblem('/etc/passwd')).not.toBeNull();
    expect(logoProblem('file:///etc/passwd')).not.toBeNull();
    expect(logoProblem(`data:image/png;base64,${TINY_PNG.split(',')[1]}\nhttps://x.example`)).not.toBeNull();
  });

  it('refuses more than 1 MB', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 3);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    let bin = '';
    for (const b of big) bin += String.fromCharCode(b);
    expect(inDutch(logoProblem(`data:image/png;base64,${btoa(bin)}`))).toContain('groter dan 1 MB');
  });
});

describe('letter templates in settings', () => {
  it('defaults contain two valid templates, a coordinator title and no logo', () => {
    const s = readSettings({});
    expect(s.letterTemplates.map((t) => t.id)).toEqual(['overdracht-reclassering', 'overdracht-partner']);
    expect(s.logo).toBe('');
    expect(settingsPatchSchema.safeParse({ letterTemplates: DEFAULT_SETTINGS.letterTemplates }).success).toBe(true);
  });

  it('an unknown placeholder is refused with a Dutch message on that field, listing it', () => {
    const bad = [{ ...DEFAULT_SETTINGS.letterTemplates[0]!, body: 'Beste {{client.name}}, tot {{vrijlatingsdatum}}. {{logo.url}}' }];
    const r = settingsPatchSchema.safeParse({ letterTemplates: bad });
    expect(r.success).toBe(false);
    const fields = fieldErrors(r.error!);
    expect(inDutch(fields['letterTemplates.0.body'])).toContain('Onbekende plaatshouders: {{client.name}}, {{logo.url}}.');
  });

  it('a stored value that no longer validates falls back to the default instead of blocking the app', () => {
    const s = readSettings({ logo: 'https://voorbeeld.example/logo.png', letterTemplates: [{ id: 'x', name: 'x', subject: '{{nee}}', body: 'x' }] });
    expect(s.logo).toBe('');
    expect(s.letterTemplates).toEqual(DEFAULT_SETTINGS.letterTemplates);
  });
});
