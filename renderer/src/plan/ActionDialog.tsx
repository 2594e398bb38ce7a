import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { ACTION_STATUSES, deadlineBeforeCreation, type ActionStatus } from '../../../common/plan/actions';
import { actionStatusLabel, lifeDomainLabel } from '../i18n/labels';
import type { LifeDomain } from '../../../common/plan/domains';
import type { ActionView, PartnerView } from '../../../common/plan/types';
import { isRealIsoDate } from '../../../common/dates';
import { ApiError, api } from '../api';
import { DateField } from '../components/DateField';
import { placeServerErrors } from '../forms';
import { tp } from './texts';
import { NewPartnerInline } from './NewPartnerInline';
import { PartnerSelect } from './PartnerSelect';
import { pst } from './partner-setup-texts';
import { useFocusLater } from '../a11y/useFocusLater';

/** The fields this dialog shows, as the main side names them. */
const FIELDS = ['title', 'domainKey', 'partnerId', 'contactId', 'deadline', 'appointmentTime', 'appointmentPlace'];

interface Values {
  title: string;
  domainKey: string;
  partnerId: string;
  contactId: string;
  deadline: string;
  appointmentTime: string;
  appointmentPlace: string;
  status: ActionStatus;
  resultNote: string;
}

/**
 * Add or edit one action. A deadline before the creation day asks for a confirmation first (the main side
 * refuses it without); an action may stay without partner and is then shown as "niet toegewezen".
 */
export function ActionDialog(props: {
  open: boolean;
  dossierId: number;
  action: ActionView | null;
  today: string;
  domains: LifeDomain[];
  partners: PartnerView[];
  onClose: () => void;
  onSaved: (plan: Awaited<ReturnType<typeof api.plans.get>>) => void;
  /** A partner added on the spot, so the page's own list (proposals, other actions) knows it too. */
  onPartnerAdded?: (p: PartnerView) => void;
}) {
  const { action, today } = props;
  const [v, setV] = useState<Values>(blank());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [askPast, setAskPast] = useState(false);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<PartnerView[]>([]);
  const [addedNote, setAddedNote] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const partners = [...props.partners, ...added.filter((a) => !props.partners.some((p) => p.id === a.id))];

  useEffect(() => {
    if (!props.open) return;
    setErrors({});
    setMessage(null);
    setAskPast(false);
    setAddedNote(null);
    setV(
      action
        ? {
            title: action.title,
            domainKey: action.domainKey ?? '',
            partnerId: action.partnerId ? String(action.partnerId) : '',
            contactId: action.contactId ? String(action.contactId) : '',
            deadline: action.deadline ?? '',
            appointmentTime: action.appointmentTime ?? '',
            appointmentPlace: action.appointmentPlace,
            status: action.status,
            resultNote: action.resultNote,
          }
        : blank(),
    );
  }, [props.open, action]);

  const partner = partners.find((p) => String(p.id) === v.partnerId);
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV((x) => ({ ...x, [k]: e.target.value, ...(k === 'partnerId' ? { contactId: '' } : {}) }));

  async function save(confirmPastDeadline: boolean) {
    const createdOn = action?.createdOn ?? today;
    const deadline = v.deadline === '' ? null : v.deadline;
    if (deadline !== null && !isRealIsoDate(deadline)) {
      setErrors({ deadline: tp.common.badDate });
      return;
    }
    const deadlineChanged = !action || action.deadline !== deadline;
    if (!confirmPastDeadline && deadlineChanged && deadlineBeforeCreation(deadline, createdOn)) {
      setAskPast(true);
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    const common = {
      title: v.title,
      domainKey: v.domainKey || null,
      partnerId: v.partnerId ? Number(v.partnerId) : null,
      contactId: v.contactId ? Number(v.contactId) : null,
      deadline,
      appointmentTime: v.appointmentTime.trim() || null,
      appointmentPlace: v.appointmentPlace,
      confirmPastDeadline,
    };
    try {
      const plan = action
        ? await api.plans.updateAction({ id: action.id, ...common, status: v.status, resultNote: v.resultNote })
        : await api.plans.addAction({ dossierId: props.dossierId, ...common });
      props.onSaved(plan);
      props.onClose();
    } catch (err) {
      if (err instanceof ApiError && err.details?.['needsConfirmation'] === 'pastDeadline') setAskPast(true);
      else {
        const placed = placeServerErrors(err, action ? [...FIELDS, 'status', 'resultNote'] : FIELDS);
        setErrors(placed.fields);
        setMessage(placed.general);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="action-dialog-title">
        <DialogTitle id="action-dialog-title">{action ? tp.action.editTitle : tp.action.addTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }} component="form" noValidate id="action-form" onSubmit={(e) => (e.preventDefault(), void save(false))}>
            {message && <Alert severity="error">{message}</Alert>}
            <TextField
              label={tp.action.what}
              value={v.title}
              onChange={set('title')}
              error={!!errors['title']}
              helperText={errors['title']}
              required
              autoFocus
            />
            <TextField
              select
              label={tp.action.domain}
              value={v.domainKey}
              onChange={set('domainKey')}
              error={!!errors['domainKey']}
              helperText={errors['domainKey']}
            >
              <MenuItem value="">{tp.common.noDomain}</MenuItem>
              {props.domains
                .filter((d) => d.active || d.key === v.domainKey)
                .map((d) => (
                  <MenuItem key={d.key} value={d.key}>
                    {lifeDomainLabel(d)}
                  </MenuItem>
                ))}
            </TextField>
            <PartnerSelect
              id="action-partner"
              label={tp.action.partner}
              partners={partners}
              value={v.partnerId}
              onChange={(partnerId) => setV((x) => ({ ...x, partnerId, contactId: '' }))}
              error={!!errors['partnerId']}
              helperText={errors['partnerId'] ?? (v.partnerId ? '' : tp.action.unassigned)}
            />
            <NewPartnerInline
              onAdded={(p) => {
                setAdded((x) => [...x, p]);
                setV((x) => ({ ...x, partnerId: String(p.id), contactId: '' }));
                setAddedNote(pst.inline.added(p.name));
                props.onPartnerAdded?.(p);
                focusLater(() => document.getElementById('action-partner'));
              }}
            />
            {addedNote && (
              <Typography role="status" variant="body2" color="success.main">
                {addedNote}
              </Typography>
            )}
            {partner && partner.contacts.length > 0 && (
              <TextField
                select
                label={tp.action.contact}
                value={v.contactId}
                onChange={set('contactId')}
                error={!!errors['contactId']}
                helperText={errors['contactId']}
              >
                <MenuItem value="">{tp.common.none}</MenuItem>
                {partner.contacts.map((c) => (
                  <MenuItem key={c.id} value={String(c.id)}>
                    {c.name}
                    {c.role ? ` (${c.role})` : ''}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <DateField label={tp.action.deadline} value={v.deadline} onChange={(deadline) => setV((x) => ({ ...x, deadline }))} error={errors['deadline']} />
            <Stack direction="row" spacing={2}>
              <TextField
                label={tp.action.appointmentTime}
                value={v.appointmentTime}
                onChange={set('appointmentTime')}
                error={!!errors['appointmentTime']}
                helperText={errors['appointmentTime'] ?? tp.action.appointmentHelp}
              />
              <TextField
                label={tp.action.appointmentPlace}
                value={v.appointmentPlace}
                onChange={set('appointmentPlace')}
                error={!!errors['appointmentPlace']}
                helperText={errors['appointmentPlace']}
                sx={{ flex: 1 }}
              />
            </Stack>
            {action && (
              <>
                <TextField select label={tp.action.status} value={v.status} onChange={set('status')}>
                  {ACTION_STATUSES.map((s) => (
                    <MenuItem key={s} value={s}>
                      {actionStatusLabel(s)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  label={tp.action.result}
                  value={v.resultNote}
                  onChange={set('resultNote')}
                  multiline
                  minRows={2}
                  error={!!errors['resultNote']}
                  helperText={errors['resultNote']}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>{tp.common.cancel}</Button>
          <Button type="submit" form="action-form" variant="contained" disabled={busy}>
            {tp.common.save}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={askPast} onClose={() => setAskPast(false)} aria-labelledby="past-deadline-title">
        <DialogTitle id="past-deadline-title">{tp.action.pastTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText>{tp.action.pastBody}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAskPast(false)}>{tp.common.cancel}</Button>
          <Button
            variant="contained"
            onClick={() => {
              setAskPast(false);
              void save(true);
            }}
          >
            {tp.action.pastConfirm}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function blank(): Values {
  return { title: '', domainKey: '', partnerId: '', contactId: '', deadline: '', appointmentTime: '', appointmentPlace: '', status: 'open', resultNote: '' };
}
