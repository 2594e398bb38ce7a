import { Button, CircularProgress, Stack } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import type { MadeDocument } from '../../../common/api/documents';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction, type Notice } from '../hooks/useApiAction';
import { printPdf, savePdf } from './pdf';
import { docTexts } from './texts';

/**
 * "Opslaan als PDF" and "Afdrukken" for one kind of document. `make` asks the main side for the PDF;
 * each click makes a fresh document (and a fresh line in the provisions register). While one is being made the
 * buttons are only aria-disabled: really disabling them would throw keyboard focus off the button just pressed.
 */
export function DocumentActions({ label, make, disabled }: { label: string; make: () => Promise<MadeDocument>; disabled?: boolean }) {
  const { run, busy, notice, setNotice } = useApiAction();
  const t = docTexts.pdf;

  /** Saves or prints a fresh document; a print the system refused is saved instead, and said so. */
  const produce = (kind: 'save' | 'print') =>
    run(
      async () => {
        const doc = await make();
        if (kind === 'print' && (await printPdf(doc))) return true;
        savePdf(doc);
        return kind === 'save';
      },
      (asked): Notice | undefined => (asked ? undefined : { severity: 'info', text: t.printFailed }),
    );
  const buttons = [
    { kind: 'save', variant: 'contained', icon: <PictureAsPdfIcon />, name: `${label}: ${t.save}`, text: `${label}: ${t.save}` },
    { kind: 'print', variant: 'outlined', icon: <PrintIcon />, name: `${label}: ${t.print}`, text: t.print },
  ] as const;

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {buttons.map((b) => (
          <Button
            key={b.kind}
            variant={b.variant}
            startIcon={b.icon}
            disabled={disabled}
            aria-disabled={busy || undefined}
            onClick={() => void produce(b.kind)}
            aria-label={b.name}
          >
            {b.text}
          </Button>
        ))}
        {busy && <CircularProgress size={20} aria-label={t.making} />}
      </Stack>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
