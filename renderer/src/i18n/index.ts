import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
// The shared contract switches zod to Dutch (for the main side) when it is first evaluated. Importing it here
// first makes that happen before this module picks the renderer's own zod locale below, whatever the import order.
import '../../../common/zod-nl';

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

/** zod's own messages (rules without a message of their own) in the UI's language, for validation in the renderer. */
function applyZodLocale(): void {
  z.config(currentLanguage() === 'en' ? z.locales.en() : z.locales.nl());
}
applyZodLocale();
i18next.on('languageChanged', applyZodLocale);

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
