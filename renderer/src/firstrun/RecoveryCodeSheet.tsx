import { Box, GlobalStyles, Typography } from '@mui/material';
import { Fragment } from 'react';
import { createPortal } from 'react-dom';
import { formatDateNl } from '../../../common/dates';
import { formatRecoveryCode, normaliseRecoveryCode } from '../../../common/password';
import { ft } from './texts';

const SHEET_CLASS = 'recovery-code-sheet';

/**
 * The recovery code as it is written down: groups that never break inside, a line may only wrap between two
 * groups. Its text is exactly the code (dashes included), so copying it gives the same characters.
 */
export function RecoveryCodeText({ code }: { code: string }) {
  const groups = formatRecoveryCode(normaliseRecoveryCode(code)).split('-');
  return (
    <>
      {groups.map((g, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span data-testid="recovery-code-group" style={{ whiteSpace: 'nowrap' }}>
            {i < groups.length - 1 ? `${g}-` : g}
          </span>
        </Fragment>
      ))}
    </>
  );
}

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
          <Box sx={{ fontFamily: 'monospace', fontSize: '15pt', border: '2px solid #000', p: 2, my: 3, textAlign: 'center' }}>
            <RecoveryCodeText code={code} />
          </Box>
          <Typography sx={{ mb: 2 }}>{ft.sheet.explain}</Typography>
          <Typography variant="body2">{ft.sheet.printed(formatDateNl(new Date().toISOString()))}</Typography>
        </div>,
        document.body,
      )}
    </>
  );
}
