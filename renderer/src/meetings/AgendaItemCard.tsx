import { Box, IconButton, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { meetingsArea } from '../../../common/api/meetings';
import { formatDateNl } from '../../../common/dates';
import { parseQuickAction, type PartnerOption } from '../../../common/meetings/quick-entry';
import type { MeetingDetail, MeetingItemView } from '../../../common/meetings/types';
import { api } from '../api';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiAction } from '../hooks/useApiAction';
import { useApiForm } from '../hooks/useApiForm';
import { localizeMessage } from '../i18n/message-codes';
import { meetingTexts as t } from './texts';

const noteField = meetingsArea.setItemNote.input.pick({ note: true });
const decisionField = meetingsArea.addDecision.input.pick({ text: true });
const actionFields = meetingsArea.addAction.input.pick({ title: true, partnerId: true, deadline: true });

/** The quick-entry line ("wat @partner deadline") read into an action, which then meets the contract's rules. */
function quickActionLine(partners: readonly PartnerOption[], today: string) {
  return z.object({ action: z.string() }).transform((v, ctx) => {
    const parsed = parseQuickAction(v.action, partners, today);
    const checked = parsed.ok ? actionFields.safeParse(parsed.value) : null;
    const messages = !parsed.ok ? parsed.errors : checked?.success === false ? checked.error.issues.map((i) => i.message) : [];
    for (const message of messages) ctx.addIssue({ code: 'custom', path: ['action'], message });
    return checked?.success ? checked.data : z.NEVER;
  });
}

/** Enter in a line of the card saves it, and nothing else happens with that key. */
const onEnter = (save: () => Promise<void>) => (e: React.KeyboardEvent) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  void save();
};

/** The decisions or actions of an agenda item under their heading (or a line saying there are none yet), with the line that adds one. */
function Lines({ heading, none, entry, children }: { heading: string; none: string; entry: ReactNode; children: ReactNode[] }) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        {heading}
      </Typography>
      {children.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {none}
        </Typography>
      ) : (
        <List dense disablePadding>
          {children}
        </List>
      )}
      {entry}
    </Box>
  );
}

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
  const note = useApiForm(noteField, { note: item.note });
  const decision = useApiForm(decisionField, { text: '' });
  // The line stands for the action's title, partner and deadline: the main side's refusal of any of them shows on the line.
  const action = useApiForm(quickActionLine(partners, today), { action: '', title: '', partnerId: '', deadline: '' });
  const removal = useApiAction();
  const line = action.form.watch('action');
  const parsed = line.trim() ? parseQuickAction(line, partners, today) : null;
  const lineErrors = action.form.formState.errors;
  const refused = lineErrors.action ?? lineErrors.title ?? lineErrors.partnerId ?? lineErrors.deadline;
  const headingId = `agenda-item-${item.id}`;

  // Saved on leaving the field: checked without pulling focus back into it, as a submit would.
  const saveNote = async () => {
    const text = note.form.getValues('note');
    if (!(await note.form.trigger('note')) || text === item.note) return;
    const r = await note.run(() => api.meetings.setItemNote({ itemId: item.id, note: text }));
    if (r.ok) onChange(r.value);
  };
  const addDecision = decision.form.handleSubmit(async (v) => {
    const r = await decision.run(() => api.meetings.addDecision({ itemId: item.id, text: v.text }));
    if (!r.ok) return;
    onChange(r.value);
    decision.form.reset();
  });
  const addAction = action.form.handleSubmit(async (v) => {
    const r = await action.run(() => api.meetings.addAction({ itemId: item.id, ...v }));
    if (!r.ok) return;
    onChange(r.value);
    action.form.reset();
  });
  const removeDecision = async (id: number) => {
    const r = await removal.run(() => api.meetings.removeDecision({ id }));
    if (r.ok) onChange(r.value);
  };

  const actionLine = (
    <FormText
      form={action.bind}
      name="action"
      size="small"
      label={t.meeting.actionInput}
      onKeyDown={(e) => (e.key === 'Escape' ? action.form.reset() : onEnter(addAction)(e))}
      error={!!refused}
      helperText={
        refused
          ? // A line the quick entry cannot read names every part that is missing, as the parse found them.
            refused.type !== 'server' && parsed && !parsed.ok
            ? parsed.errors.map(localizeMessage).join(' ')
            : refused.message
          : parsed?.ok
            ? t.meeting.preview(parsed.value.partnerName, formatDateNl(parsed.value.deadline))
            : t.meeting.actionHelp
      }
    />
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h3" id={headingId}>
            {`${index + 1}. ${item.clientName}`}
          </Typography>
          <a href={`#/documenten/dossier/${item.dossierId}`}>{t.meeting.planLink}</a>
        </Stack>
        <FormText form={note.bind} name="note" size="small" label={t.meeting.note} onBlur={() => void saveNote()} />
        <NoticeAlert notice={note.notice ?? decision.notice ?? action.notice ?? removal.notice} />
        <Lines
          heading={t.meeting.decisions}
          none={t.meeting.noDecisions}
          entry={<FormText form={decision.bind} name="text" size="small" label={t.meeting.decisionInput} onKeyDown={onEnter(addDecision)} />}
        >
          {item.decisions.map((d) => (
            <ListItem
              key={d.id}
              disableGutters
              secondaryAction={
                <IconButton edge="end" aria-label={t.meeting.removeDecision} onClick={() => void removeDecision(d.id)}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              }
            >
              <ListItemText primary={d.text} />
            </ListItem>
          ))}
        </Lines>
        <Lines heading={t.meeting.actions} none={t.meeting.noActions} entry={actionLine}>
          {item.actions.map((a) => (
            <ListItem key={a.id} disableGutters>
              <ListItemText primary={a.title} secondary={`${a.partnerName ?? '—'} · ${formatDateNl(a.deadline) || '—'}`} />
            </ListItem>
          ))}
        </Lines>
      </Stack>
    </Paper>
  );
}
