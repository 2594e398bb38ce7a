import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { nlNL } from '@mui/material/locale';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const theme = createTheme(
  {
    palette: { primary: { main: '#1f4e79' }, secondary: { main: '#7a3e00' } },
    typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif' },
  },
  nlNL,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  </StrictMode>,
);
