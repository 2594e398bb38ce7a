import { Alert, Button, Stack, Typography } from '@mui/material';
import type { FileDownload } from '../../../common/exchange/files';
import type { ResultsPeriod } from '../../../common/results/figures';
import { api } from '../api';
import { saveBase64File } from '../components/download';
import { useApiAction } from '../hooks/useApiAction';
import { rds } from './downloads-texts';

/** The files of the period, by their method on the results area (its button is labelled by the text of that name). */
const DOWNLOADS = ['reportPdf', 'reportCsv', 'contributionPdf', 'contributionCsv'] as const;

/**
 * The downloads of the Resultaten screen for the period whose figures are shown: the council report (PDF), its
 * figures for Excel (CSV) and the contribution-scheme overview. Each is made on the main side from the same figures
 * and written to the register of provisions as holding no personal data.
 */
export function ResultsDownloads({ period }: { period: ResultsPeriod | null }) {
  const action = useApiAction(['period']);
  const save = (make: (p: ResultsPeriod) => Promise<FileDownload>) => {
    if (!period) return;
    void action.run(
      () => make(period),
      (file) => {
        saveBase64File(file.base64, file.mediaType, file.fileName);
        return rds.made(file.fileName);
      },
    );
  };
  return (
    <Stack spacing={1} component="section" aria-labelledby="results-downloads-title">
      <Typography variant="subtitle1" component="h2" id="results-downloads-title">
        {rds.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {rds.intro}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {DOWNLOADS.map((d) => (
          <Button key={d} variant="outlined" disabled={!period || action.busy} onClick={() => save((p) => api.results[d]({ period: p }))}>
            {rds[d]}
          </Button>
        ))}
      </Stack>
      {action.notice && (
        <Alert severity={action.notice.severity} role={action.notice.severity === 'error' ? 'alert' : 'status'}>
          {action.notice.text}
        </Alert>
      )}
    </Stack>
  );
}
