import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { enUS, nlNL } from '@mui/material/locale';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { focusStyles } from './a11y/focusStyles';
import { App } from './App';
import './i18n';
import { PreferencesProvider, TEXT_SCALE, type TextSize } from './preferences';

function Themed({ language, textSize }: { language: 'nl' | 'en'; textSize: TextSize }) {
  const theme = useMemo(
    () =>
      createTheme(
        {
          // MUI's default orange (#ed6c02) reaches only 3.1:1 on white; this one passes 4.5:1 for text and buttons.
          palette: { primary: { main: '#1f4e79' }, secondary: { main: '#7a3e00' }, warning: { main: '#b45309' } },
          typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', fontSize: 14 * TEXT_SCALE[textSize] },
          components: {
            MuiCssBaseline: { styleOverrides: focusStyles },
            // Names, BSNs and addresses must not stay behind in the browser's form history or session-restore state
            // (a browser does not save fields marked off). Fields that want it (passwords) set their own value.
            MuiTextField: { defaultProps: { autoComplete: 'off' } },
            MuiInputBase: { defaultProps: { autoComplete: 'off' } },
          },
        },
        language === 'en' ? enUS : nlNL,
      ),
    [language, textSize],
  );
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {/* Remounting on a language change re-renders every text; the vault state lives on the main side. */}
      <App key={language} />
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PreferencesProvider>{(p) => <Themed language={p.language} textSize={p.textSize} />}</PreferencesProvider>
  </StrictMode>,
);
