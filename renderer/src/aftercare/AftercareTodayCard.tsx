import { Alert, Box, Link, List, ListItem, ListItemText, Paper, Typography, type ListItemTextProps } from '@mui/material';
import { formatDateNl } from '../../../common/dates';
import { api } from '../api';
import { useApiData } from '../hooks/useApiData';
import { followupMomentLabel } from '../i18n/labels';
import { at } from './texts';

/** One line of a list on the card: the client's name links to the dossier. */
interface Line {
  key: number;
  dossierId: number;
  name: string;
  testId: string;
  state?: string;
  secondary: string;
  secondaryProps?: NonNullable<ListItemTextProps['slotProps']>['secondary'];
}

/** A line for a client on the card; `more` adds its state, its colour or a key of its own. */
const lineOf = (r: { dossierId: number; name: string }, testId: string, secondary: string, more: Partial<Line> = {}): Line => ({
  key: r.dossierId,
  dossierId: r.dossierId,
  name: r.name,
  testId,
  secondary,
  ...more,
});

/** A part of the card: its heading, its lines (or "Niets te doen.") and how many more there are than shown. */
function TodayList({ heading, lines, total, first }: { heading: string; lines: Line[]; total: number; first?: boolean }) {
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={first ? undefined : { mt: 1 }}>
        {heading}
      </Typography>
      {lines.length === 0 ? (
        <Typography color="text.secondary">{at.today.none}</Typography>
      ) : (
        <List dense>
          {lines.map((l) => (
            <ListItem key={l.key} disableGutters data-testid={l.testId} data-state={l.state} data-dossier={l.dossierId}>
              <ListItemText
                primary={<Link href={`#/dossiers/${l.dossierId}`}>{l.name}</Link>}
                secondary={l.secondary}
                slotProps={l.secondaryProps ? { secondary: l.secondaryProps } : undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
      {total > lines.length && <Typography variant="body2">{at.today.more(total - lines.length)}</Typography>}
    </>
  );
}

/** Vandaag's card for after release: first contacts due or missed (red), follow-up moments due or overdue, clients not reachable. */
export function AftercareTodayCard() {
  const { data, error } = useApiData(() => api.aftercare.today({}));
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={at.today.title} data-testid="aftercare-today">
      <Typography variant="h6" component="h2" gutterBottom>
        {at.today.title}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Box>
          <TodayList
            first
            heading={at.today.firstContacts}
            total={data.totals.firstContacts}
            lines={data.firstContacts.map((r) =>
              lineOf(r, 'today-first-contact', r.state === 'missed' ? at.today.missed(formatDateNl(r.dueBy)) : at.today.due(formatDateNl(r.dueBy)), {
                state: r.state,
                secondaryProps: { color: 'error', sx: { fontWeight: r.state === 'missed' ? 700 : 400 } },
              }),
            )}
          />
          <TodayList
            heading={at.today.followups}
            total={data.totals.followups}
            lines={data.followups.map((r) => {
              const label = followupMomentLabel(r.momentKey, r.label);
              const secondary = r.state === 'overdue' ? at.today.overdue(label, formatDateNl(r.dueOn)) : at.today.dueFollowup(label, formatDateNl(r.dueOn));
              return lineOf(r, 'today-followup', secondary, {
                key: r.followupId,
                state: r.state,
                secondaryProps: { color: r.state === 'overdue' ? 'error' : 'text.secondary' },
              });
            })}
          />
          <TodayList
            heading={at.today.unreachable}
            total={data.totals.unreachable}
            lines={data.unreachable.map((r) => lineOf(r, 'today-unreachable', at.today.failed(r.failed)))}
          />
        </Box>
      )}
    </Paper>
  );
}
