import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../common/api/settings';
import { formatDateTimeNl } from '../../../common/dates';
import { call, errorMessage } from '../api';
import { t } from '../texts';

export function AuditPage() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('audit.list', { limit: 200, offset: 0 }).then(
      (r) => setEntries(r.entries),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.audit.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.audit.intro}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <Table size="small" aria-label={t.audit.title}>
        <TableHead>
          <TableRow>
            <TableCell>{t.audit.at}</TableCell>
            <TableCell>{t.audit.event}</TableCell>
            <TableCell>{t.audit.detail}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{formatDateTimeNl(e.at)}</TableCell>
              <TableCell>{e.event}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{JSON.stringify(e.detail)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
