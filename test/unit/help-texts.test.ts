import { describe, expect, it } from 'vitest';
import { routes } from '../../renderer/src/pages/routes.js';
import { registeredTexts } from '../../renderer/src/i18n/index.js';
import { OTHER_SCREENS } from '../../renderer/src/help/screens.js';
import type { ScreenHelp } from '../../renderer/src/help/texts.js';
import '../../renderer/src/help/texts.js';

type Screens = Record<string, ScreenHelp | undefined>;
const help = registeredTexts().get('help') as { nl: { screens: Screens }; en: { screens: Screens } } | undefined;
const screenIds = [...routes.map((r) => r.id), ...OTHER_SCREENS];

/** Sentences as a reader counts them: text up to a full stop, question or exclamation mark. */
function sentences(text: string): number {
  return text.split(/[.!?](?=\s|$)/).filter((s) => s.trim().length > 0).length;
}

describe('help: every screen explains itself in Dutch and English', () => {
  it('registers its texts under the "help" namespace', () => {
    expect(help).toBeDefined();
  });

  it.each(['nl', 'en'] as const)('has a complete help text (%s) for every route, vault screen and the first-run guide', (lang) => {
    const screens = help![lang].screens;
    for (const id of screenIds) {
      const h = screens[id];
      expect(h, `screen "${id}" has no help in ${lang}: add it to renderer/src/help/texts.ts`).toBeDefined();
      for (const field of ['title', 'what', 'how', 'tip'] as const) expect(h![field].trim().length, `${lang}.${id}.${field} is empty`).toBeGreaterThan(0);
      const n = sentences(h!.what) + sentences(h!.how) + sentences(h!.tip);
      expect(n, `${lang}.${id} has ${n} sentences; keep it to 3–8`).toBeGreaterThanOrEqual(3);
      expect(n, `${lang}.${id} has ${n} sentences; keep it to 3–8`).toBeLessThanOrEqual(8);
    }
  });

  it('keeps no help for screens that no longer exist', () => {
    expect(Object.keys(help!.nl.screens).sort()).toEqual([...new Set(screenIds)].sort());
  });

  it('uses the domain terms the coordinator knows on the screens where they belong', () => {
    const nl = help!.nl.screens;
    const text = (id: string) => `${nl[id]!.what} ${nl[id]!.how} ${nl[id]!.tip}`.toLowerCase();
    const terms = {
      plan: ['basisvoorwaarden', 'leefgebieden'],
      'dossier-detail': ['reclassering', 'tabblad na vrijlating', 'vrijlatingsblad'],
      home: ['na vrijlating', '48 uur', 'niet bereikbaar'],
      meetings: ['regie- en toedelingsoverleg'],
      register: ['verstrekkingenregister'],
      exchange: ['.nazorg', 'telefonisch'],
    };
    for (const [id, words] of Object.entries(terms)) for (const word of words) expect(text(id), id).toContain(word);
  });

  it('counts sentences the way the limit intends', () => {
    expect(sentences('Een. Twee? Drie! Datum 05-03-2026.')).toBe(4);
    expect(sentences('Bestand .nazorg-bestand maken.')).toBe(1);
  });
});
