import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Lang } from './i18n';

/**
 * Display preferences of this computer (language, text size). They live in the browser's storage, not in
 * the vault, because they are needed before unlocking and hold nothing personal.
 */
export type TextSize = 'normaal' | 'groot' | 'extra-groot';
export const TEXT_SCALE: Record<TextSize, number> = { normaal: 1, groot: 1.2, 'extra-groot': 1.4 };
const TEXT_KEY = 'nazorg.textSize';

interface Preferences {
  language: Lang;
  textSize: TextSize;
  setLanguage(l: Lang): void;
  setTextSize(s: TextSize): void;
}

const Ctx = createContext<Preferences | null>(null);

function storedTextSize(): TextSize {
  try {
    const v = localStorage.getItem(TEXT_KEY);
    if (v === 'groot' || v === 'extra-groot') return v;
  } catch {
    // default
  }
  return 'normaal';
}

export function PreferencesProvider({ children }: { children: (p: Preferences) => ReactNode }) {
  // useTranslation subscribes to language changes, so everything under here re-renders in the new language.
  const { i18n } = useTranslation();
  const [textSize, setTextSizeState] = useState<TextSize>(storedTextSize);
  const setTextSize = useCallback((s: TextSize) => {
    try {
      localStorage.setItem(TEXT_KEY, s);
    } catch {
      // not persisted
    }
    setTextSizeState(s);
  }, []);
  const language = i18n.language === 'en' ? 'en' : currentLanguage();
  const value = useMemo<Preferences>(() => ({ language, textSize, setLanguage: (l) => void setLanguage(l), setTextSize }), [language, textSize, setTextSize]);
  return <Ctx.Provider value={value}>{children(value)}</Ctx.Provider>;
}

export function usePreferences(): Preferences {
  const p = useContext(Ctx);
  if (!p) throw new Error('PreferencesProvider missing');
  return p;
}
