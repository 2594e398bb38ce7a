import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, Box, Grid, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { DOSSIER_STATUSES } from '../../../common/dossiers/status';
import { longDateLabel, statusLabel } from '../i18n/labels';
import type { Dashboard, DashboardRelease } from '../../../common/dossiers/types';
import { api, errorMessage } from '../api';
import { dt } from './texts';
import { PlanFiguresCard } from '../plan/PlanFiguresCard';
import { StatusLagsSection } from './StatusProposal';
import { AftercareTodayCard } from '../aftercare/AftercareTodayCard';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Says how many rows the capped list leaves out, and where to see them all. */
function More({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1 }}>
      <Link href="#/dossiers">{dt.today.more(total - shown, total)}</Link>
    </Typography>
  );
}

function Releases({ items, total }: { items: DashboardRelease[]; total: number }) {
  if (items.length === 0) return <Typography color="text.secondary">{dt.today.none}</Typography>;
  return (
    <>
      <List dense>
        {items.map((r) => (
          <ListItem key={r.id} disableGutters>
            <ListItemText
              primary={
                <Link href={`#/dossiers/${r.id}`}>
                  {r.name}
                  {r.hasSafetyNotes && (
                    <WarningAmberIcon color="warning" fontSize="small" titleAccess={dt.list.safety} sx={{ ml: 1, verticalAlign: 'middle' }} />
                  )}
                </Link>
              }
              secondary={`${formatDateNl(r.date)} (${dt.today.daysLeft(r.daysLeft)}) · ${r.institution} · ${statusLabel(r.status)}`}
            />
          </ListItem>
        ))}
      </List>
      <More shown={items.length} total={total} />
    </>
  );
}

/** "Vandaag", the home page: what needs attention now. */
export function TodayPage() {
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => api.dossiers.dashboard({}).then(setData, (err: unknown) => setError(errorMessage(err))), []);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {dt.today.title}
        {data && (
          <Typography component="span" color="text.secondary" sx={{ ml: 2 }}>
            {longDateLabel(data.today)}
          </Typography>
        )}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={dt.today.releases14}>
              <Releases items={data.releases14} total={data.totals.releases14} />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={dt.today.releases30}>
              <Releases items={data.releases15to30} total={data.totals.releases15to30} />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <AftercareTodayCard />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <StatusLagsSection data={data} onChanged={load} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <PlanFiguresCard />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={dt.today.notices}>
              {data.noticesWithoutFollowUp.length === 0 ? (
                <Typography color="text.secondary">{dt.today.none}</Typography>
              ) : (
                <List dense>
                  {data.noticesWithoutFollowUp.map((n) => (
                    <ListItem key={n.id} disableGutters>
                      <ListItemText
                        primary={<Link href={`#/dossiers/${n.id}`}>{n.name}</Link>}
                        secondary={n.daysSince === null ? '' : dt.today.daysSince(n.daysSince)}
                      />
                    </ListItem>
                  ))}
                </List>
              )}
              <More shown={data.noticesWithoutFollowUp.length} total={data.totals.notices} />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={dt.today.counts}>
              {/* One list item per status ("Nazorg: 4" for a screen reader); the counts share a right-aligned column. */}
              <Box
                component="ul"
                data-testid="status-counts"
                sx={{ display: 'grid', gridTemplateColumns: 'max-content max-content', columnGap: 4, rowGap: 0.5, listStyle: 'none', m: 0, p: 0 }}
              >
                {DOSSIER_STATUSES.map((s) => (
                  <Box component="li" key={s} sx={{ display: 'grid', gridTemplateColumns: 'subgrid', gridColumn: '1 / -1' }}>
                    <span>{statusLabel(s)}:</span>{' '}
                    <Box component="span" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      {data.countsByStatus[s]}
                    </Box>
                  </Box>
                ))}
              </Box>
            </Section>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
