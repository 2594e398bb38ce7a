import { Alert, AlertTitle, Button, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useFocusLater } from '../a11y/useFocusLater';
import { formatDateNl } from '../../../common/dates';
import { DEFAULT_RELEASE_WINDOW_DAYS, proposeStatus, type StatusProposal } from '../../../common/dossiers/status-proposal';
import type { Dashboard, DashboardStatusLag, Dossier, DossierDetail } from '../../../common/dossiers/types';
import { daysBetween } from '../../../common/plan/actions';
import { api, errorMessage } from '../api';
import { useApiAction } from '../hooks/useApiAction';
import { statusLabel } from '../i18n/labels';
import { jt } from './journey-texts';
import { dt } from './texts';

/** Why a status is proposed, in the UI's language. */
export function proposalReason(p: StatusProposal, today: string): string {
  const date = formatDateNl(p.date);
  if (p.fact === 'released') return jt.proposal.released(date);
  if (p.fact === 'releaseSoon') return jt.proposal.releaseSoon(date, daysBetween(today, p.date));
  return jt.proposal.detentionStarted(date);
}

/** The coordinator's countdown window from the settings (the default until they are read). */
export function useReleaseWindowDays(): number {
  const [days, setDays] = useState(DEFAULT_RELEASE_WINDOW_DAYS);
  useEffect(() => {
    api.settings.get({}).then(
      (s) => setDays(s.releaseWindowDays),
      () => undefined,
    );
  }, []);
  return days;
}

/** Accepting goes through the same controlled transition as the status buttons; the main side checks the rules again. */
export async function acceptProposal(dossierId: number, p: StatusProposal): Promise<DossierDetail> {
  return api.dossiers.transition({ id: dossierId, to: p.to });
}

/** On the dossier page: the next status the dates call for, one click to accept. Nothing shows when the status is up to date. */
export function StatusProposalNotice({ dossier, today, onAccepted }: { dossier: Dossier; today: string; onAccepted: (d: DossierDetail) => void }) {
  const windowDays = useReleaseWindowDays();
  const { run, busy, notice } = useApiAction();
  const error = notice?.text;
  const p = proposeStatus(dossier, today, windowDays);
  if (!p) return null;
  const label = statusLabel(p.to);
  const accept = async () => {
    const r = await run(() => acceptProposal(dossier.id, p));
    if (r.ok) onAccepted(r.value);
  };
  return (
    <Alert
      severity="info"
      sx={{ mt: 2 }}
      data-testid="status-proposal"
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={() => !busy && void accept()} aria-disabled={busy || undefined}>
          {jt.proposal.accept(label)}
        </Button>
      }
    >
      <AlertTitle>{jt.proposal.title(label)}</AlertTitle>
      {proposalReason(p, today)} {jt.proposal.noForce}
      {error && (
        <Typography color="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Typography>
      )}
    </Alert>
  );
}

/**
 * On Vandaag: dossiers whose status lags behind their dates, each with its proposal one click away. The list is
 * filtered and capped on the main side (at most DASHBOARD_LIST_MAX, with the total).
 */
export function StatusLagsSection({ data, onChanged }: { data: Dashboard; onChanged: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const { items, total } = data.statusLags;
  const accept = async (item: DashboardStatusLag) => {
    setError(null);
    setDone(null);
    try {
      await acceptProposal(item.id, item.proposal);
      setDone(`${item.name}: ${jt.proposal.accepted(statusLabel(item.proposal.to))}`);
      await onChanged();
      // The row and its button are gone: keep the keyboard user in this list.
      focusLater(() => heading.current);
    } catch (err) {
      setError(`${item.name}: ${errorMessage(err)}`);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label={jt.today.title} data-testid="status-lags">
      <Typography variant="h6" component="h2" gutterBottom ref={heading} tabIndex={-1}>
        {jt.today.title}
      </Typography>
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          {done}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      {items.length === 0 ? (
        <Typography color="text.secondary">{dt.today.none}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {jt.today.intro}
          </Typography>
          <List dense>
            {items.map((item) => (
              <ListItem key={item.id} disableGutters data-testid="status-lag" data-dossier={item.id} sx={{ flexWrap: 'wrap', columnGap: 1 }}>
                <ListItemText
                  sx={{ flex: '1 1 240px' }}
                  primary={<Link href={`#/dossiers/${item.id}`}>{item.name}</Link>}
                  secondary={`${statusLabel(item.status)} → ${statusLabel(item.proposal.to)} · ${proposalReason(item.proposal, data.today)}`}
                />
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => void accept(item)}
                  aria-label={`${jt.proposal.accept(statusLabel(item.proposal.to))} (${item.name})`}
                >
                  {jt.proposal.accept(statusLabel(item.proposal.to))}
                </Button>
              </ListItem>
            ))}
          </List>
          {total > items.length && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {jt.today.more(total - items.length, total)}
            </Typography>
          )}
        </>
      )}
    </Paper>
  );
}
