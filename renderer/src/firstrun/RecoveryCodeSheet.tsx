import { Box, GlobalStyles, Typography } from '@mui/material';
import { createPortal } from 'react-dom';
import { formatDateNl } from '../../../common/dates';
import { ft } from './texts';

const SHEET_CLASS = 'recovery-code-sheet';

/**
 * A plain page with only the recovery code, for the printer. While it is mounted, printing (the button
 * or Ctrl+P) shows this sheet and nothing of the screen behind it; on screen it stays hidden. The code
 * lives only in the renderer's memory: it is never sent to the main side or written anywhere.
 */
export function RecoveryCodeSheet({ code }: { code: string }) {
  return (
    <>
      <GlobalStyles
        styles={{
          [`.${SHEET_CLASS}`]: { display: 'none' },
          '@media print': {
            [`body > *:not(.${SHEET_CLASS})`]: { display: 'none !important' },
            [`.${SHEET_CLASS}`]: { display: 'block !important', color: '#000', padding: '2cm' },
          },
        }}
      />
      {createPortal(
        <div className={SHEET_CLASS} data-testid="recovery-code-sheet">
          <Typography variant="h4" component="h1" gutterBottom>
            {ft.sheet.title}
          </Typography>
          <Box sx={{ fontFamily: 'monospace', fontSize: '15pt', whiteSpace: 'nowrap', border: '2px solid #000', p: 2, my: 3, textAlign: 'center' }}>{code}</Box>
          <Typography sx={{ mb: 2 }}>{ft.sheet.explain}</Typography>
          <Typography variant="body2">{ft.sheet.printed(formatDateNl(new Date().toISOString()))}</Typography>
        </div>,
        document.body,
      )}
    </>
  );
}
