import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// zod's own messages become message codes (common/zod-nl.ts), shown in the UI's language like every other message.
import '../../../common/zod-nl';
import { MESSAGE_CATALOGUES, MESSAGES_NS } from '../../../common/messages';

/**
 * The one i18n layer of the UI. i18next holds the language (and tells React, through react-i18next,
 * when it changes); each area declares its texts once with `defineTexts(namespace, nl, en)`.
 * TypeScript makes the English object mirror the Dutch one exactly, so no text is forgotten, and
 * texts may be functions for counts and dates. Dutch is the default.
 */
export type Lang = 'nl' | 'en';
export const LANGUAGES: { code: Lang; label: string }[] = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'en', label: 'English' },
];

/** The English (or any other) object must have exactly the Dutch object's shape. */
export type TextsShape<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly unknown[]
      ? { [K in keyof T]: TextsShape<T[K]> }
      : { [K in keyof T]: TextsShape<T[K]> };

const STORAGE_KEY = 'nazorg.language';

function initialLanguage(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // storage unavailable: default
  }
  return 'nl';
}

void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'nl',
  resources: {},
  interpolation: { escapeValue: false },
  initAsync: false,
});

// The message catalogues of the main side and the shared rules (flat keys: codes such as VALIDATION or maxChars).
for (const lang of ['nl', 'en'] as const) i18next.addResourceBundle(lang, MESSAGES_NS, MESSAGE_CATALOGUES[lang], true, true);

interface Registered {
  nl: object;
  en: object;
}
const registry = new Map<string, Registered>();

export function currentLanguage(): Lang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

export async function setLanguage(lang: Lang): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; still switches for this session
  }
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

/** Registers an area's texts and returns an object that always reads the current language. */
export function defineTexts<T extends object>(namespace: string, nl: T, en: TextsShape<T>): T {
  if (registry.has(namespace)) throw new Error(`Texts namespace registered twice: ${namespace}`);
  registry.set(namespace, { nl, en: en as object });
  i18next.addResourceBundle('nl', namespace, nl, true, true);
  i18next.addResourceBundle('en', namespace, en, true, true);
  return new Proxy(nl, {
    get(_target, key) {
      const texts = (currentLanguage() === 'en' ? en : nl) as Record<string | symbol, unknown>;
      return texts[key];
    },
  });
}

/** For the completeness test: every namespace with both languages. */
export function registeredTexts(): ReadonlyMap<string, Registered> {
  return registry;
}

export { i18next };
