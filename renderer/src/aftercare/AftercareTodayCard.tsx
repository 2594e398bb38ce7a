import { Alert, Box, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import type { AftercareToday } from '../../../common/aftercare/types';
import { api, errorMessage } from '../api';
import { followupMomentLabel } from '../i18n/labels';
import { at } from './texts';

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <Typography variant="body2">{at.today.more(total - shown)}</Typography> : null;
}

/** Vandaag's card for after release: first contacts due or missed (red), follow-up moments due or overdue, clients not reachable. */
export function AftercareTodayCard() {
  const [data, setData] = useState<AftercareToday | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.aftercare.today({}).then(setData, (err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={at.today.title} data-testid="aftercare-today">
      <Typography variant="h6" component="h2" gutterBottom>
        {at.today.title}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Box>
          <Typography variant="subtitle1" component="h3">
            {at.today.firstContacts}
          </Typography>
          {data.firstContacts.length === 0 ? (
            <Typography color="text.secondary">{at.today.none}</Typography>
          ) : (
            <List dense>
              {data.firstContacts.map((r) => (
                <ListItem key={r.dossierId} disableGutters data-testid="today-first-contact" data-state={r.state} data-dossier={r.dossierId}>
                  <ListItemText
                    primary={<Link href={`#/dossiers/${r.dossierId}`}>{r.name}</Link>}
                    secondary={r.state === 'missed' ? at.today.missed(formatDateNl(r.dueBy)) : at.today.due(formatDateNl(r.dueBy))}
                    slotProps={{ secondary: { color: 'error', sx: { fontWeight: r.state === 'missed' ? 700 : 400 } } }}
                  />
                </ListItem>
              ))}
            </List>
          )}
          <More shown={data.firstContacts.length} total={data.totals.firstContacts} />
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {at.today.followups}
          </Typography>
          {data.followups.length === 0 ? (
            <Typography color="text.secondary">{at.today.none}</Typography>
          ) : (
            <List dense>
              {data.followups.map((r) => {
                const label = followupMomentLabel(r.momentKey, r.label);
                return (
                  <ListItem key={r.followupId} disableGutters data-testid="today-followup" data-state={r.state} data-dossier={r.dossierId}>
                    <ListItemText
                      primary={<Link href={`#/dossiers/${r.dossierId}`}>{r.name}</Link>}
                      secondary={r.state === 'overdue' ? at.today.overdue(label, formatDateNl(r.dueOn)) : at.today.dueFollowup(label, formatDateNl(r.dueOn))}
                      slotProps={{ secondary: { color: r.state === 'overdue' ? 'error' : 'text.secondary' } }}
                    />
                  </ListItem>
                );
              })}
            </List>
          )}
          <More shown={data.followups.length} total={data.totals.followups} />
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {at.today.unreachable}
          </Typography>
          {data.unreachable.length === 0 ? (
            <Typography color="text.secondary">{at.today.none}</Typography>
          ) : (
            <List dense>
              {data.unreachable.map((r) => (
                <ListItem key={r.dossierId} disableGutters data-testid="today-unreachable" data-dossier={r.dossierId}>
                  <ListItemText primary={<Link href={`#/dossiers/${r.dossierId}`}>{r.name}</Link>} secondary={at.today.failed(r.failed)} />
                </ListItem>
              ))}
            </List>
          )}
          <More shown={data.unreachable.length} total={data.totals.unreachable} />
        </Box>
      )}
    </Paper>
  );
}
