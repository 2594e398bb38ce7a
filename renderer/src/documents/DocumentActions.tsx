import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { useRef, useState } from 'react';
import type { MadeDocument } from '../../../common/api/documents';
import { errorMessage } from '../api';
import { printPdf, savePdf } from './pdf';
import { docTexts } from './texts';

/**
 * "Opslaan als PDF" and "Afdrukken" for one kind of document. `make` asks the main side for the PDF;
 * each click makes a fresh document (and a fresh line in the provisions register). While one is being made the
 * buttons are only aria-disabled: really disabling them would throw keyboard focus off the button just pressed.
 */
export function DocumentActions({ label, make, disabled }: { label: string; make: () => Promise<MadeDocument>; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'info'; text: string } | null>(null);
  const t = docTexts.pdf;

  async function run(kind: 'save' | 'print') {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setMessage(null);
    try {
      const doc = await make();
      if (kind === 'save') savePdf(doc);
      else if (!(await printPdf(doc))) {
        savePdf(doc);
        setMessage({ severity: 'info', text: t.printFailed });
      }
    } catch (err) {
      setMessage({ severity: 'error', text: errorMessage(err) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          startIcon={<PictureAsPdfIcon />}
          disabled={disabled}
          aria-disabled={busy || undefined}
          onClick={() => void run('save')}
          aria-label={`${label}: ${t.save}`}
        >
          {`${label}: ${t.save}`}
        </Button>
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          disabled={disabled}
          aria-disabled={busy || undefined}
          onClick={() => void run('print')}
          aria-label={`${label}: ${t.print}`}
        >
          {t.print}
        </Button>
        {busy && <CircularProgress size={20} aria-label={t.making} />}
      </Stack>
      {message && (
        <Alert severity={message.severity} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
