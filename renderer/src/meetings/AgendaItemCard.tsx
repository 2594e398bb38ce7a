import { Alert, Box, IconButton, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useState } from 'react';
import { formatDateNl } from '../../../common/dates';
import { parseQuickAction, type PartnerOption } from '../../../common/meetings/quick-entry';
import type { MeetingDetail, MeetingItemView } from '../../../common/meetings/types';
import { api } from '../api';
import { placeServerErrors } from '../forms';
import { localizeMessage } from '../i18n/message-codes';
import { meetingTexts as t } from './texts';

type Line = 'note' | 'decision' | 'action';

/**
 * One dossier on the agenda, built for typing during the meeting: a decision line and an action line,
 * each added with Enter, focus staying put so the next one can follow at once.
 */
export function AgendaItemCard({
  item,
  index,
  partners,
  today,
  onChange,
}: {
  item: MeetingItemView;
  index: number;
  partners: PartnerOption[];
  today: string;
  onChange: (m: MeetingDetail) => void;
}) {
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState('');
  const [note, setNote] = useState(item.note);
  const [error, setError] = useState<string | null>(null);
  /** A refusal of the main side, on the line it concerns. */
  const [refused, setRefused] = useState<Partial<Record<Line, string>>>({});
  const [showParse, setShowParse] = useState(false);
  const parsed = action.trim() ? parseQuickAction(action, partners, today) : null;
  const headingId = `agenda-item-${item.id}`;

  /** `line`: the field whose call this is; `known`: the call's input fields that line stands for. */
  async function run(line: Line | null, known: readonly string[], fn: () => Promise<MeetingDetail>, after: () => void) {
    setError(null);
    if (line) setRefused((r) => ({ ...r, [line]: undefined }));
    try {
      onChange(await fn());
      after();
    } catch (err) {
      const placed = placeServerErrors(err, known);
      const onLine = Object.values(placed.fields).join(' ');
      if (line && onLine) setRefused((r) => ({ ...r, [line]: onLine }));
      setError(placed.general);
    }
  }

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h3" id={headingId}>
            {`${index + 1}. ${item.clientName}`}
          </Typography>
          <a href={`#/documenten/dossier/${item.dossierId}`}>{t.meeting.planLink}</a>
        </Stack>
        <TextField
          size="small"
          label={t.meeting.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() =>
            note !== item.note &&
            void run(
              'note',
              ['note'],
              () => api.meetings.setItemNote({ itemId: item.id, note }),
              () => undefined,
            )
          }
          error={!!refused.note}
          helperText={refused.note}
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Box>
          <Typography variant="subtitle2" component="h4">
            {t.meeting.decisions}
          </Typography>
          {item.decisions.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t.meeting.noDecisions}
            </Typography>
          ) : (
            <List dense disablePadding>
              {item.decisions.map((d) => (
                <ListItem
                  key={d.id}
                  disableGutters
                  secondaryAction={
                    <IconButton
                      edge="end"
                      aria-label={t.meeting.removeDecision}
                      onClick={() =>
                        void run(
                          null,
                          [],
                          () => api.meetings.removeDecision({ id: d.id }),
                          () => undefined,
                        )
                      }
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  }
                >
                  <ListItemText primary={d.text} />
                </ListItem>
              ))}
            </List>
          )}
          <TextField
            fullWidth
            size="small"
            label={t.meeting.decisionInput}
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && decision.trim()) {
                e.preventDefault();
                void run(
                  'decision',
                  ['text'],
                  () => api.meetings.addDecision({ itemId: item.id, text: decision.trim() }),
                  () => setDecision(''),
                );
              }
            }}
            error={!!refused.decision}
            helperText={refused.decision}
          />
        </Box>
        <Box>
          <Typography variant="subtitle2" component="h4">
            {t.meeting.actions}
          </Typography>
          {item.actions.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t.meeting.noActions}
            </Typography>
          ) : (
            <List dense disablePadding>
              {item.actions.map((a) => (
                <ListItem key={a.id} disableGutters>
                  <ListItemText primary={a.title} secondary={`${a.partnerName ?? '—'} · ${formatDateNl(a.deadline) || '—'}`} />
                </ListItem>
              ))}
            </List>
          )}
          <TextField
            fullWidth
            size="small"
            label={t.meeting.actionInput}
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setShowParse(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAction('');
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (!parsed) return;
              if (!parsed.ok) return setShowParse(true);
              const v = parsed.value;
              void run(
                'action',
                ['title', 'partnerId', 'deadline', 'domainKey'],
                () => api.meetings.addAction({ itemId: item.id, title: v.title, partnerId: v.partnerId, deadline: v.deadline }),
                () => setAction(''),
              );
            }}
            error={(showParse && parsed?.ok === false) || !!refused.action}
            helperText={
              refused.action
                ? refused.action
                : parsed?.ok
                  ? t.meeting.preview(parsed.value.partnerName, formatDateNl(parsed.value.deadline))
                  : showParse && parsed && !parsed.ok
                    ? parsed.errors.map(localizeMessage).join(' ')
                    : t.meeting.actionHelp
            }
          />
        </Box>
      </Stack>
    </Paper>
  );
}
