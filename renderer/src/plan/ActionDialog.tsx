import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { addActionSchema, updateActionSchema } from '../../../common/api/plans';
import { ACTION_STATUSES, deadlineBeforeCreation, type ActionStatus } from '../../../common/plan/actions';
import { actionStatusLabel } from '../i18n/labels';
import type { LifeDomain } from '../../../common/plan/domains';
import type { ActionView, PartnerView } from '../../../common/plan/types';
import { ApiError, api } from '../api';
import { FormChoice } from '../components/ChoiceSelect';
import { FormDate } from '../components/DateField';
import { FormSelect } from '../components/FormSelect';
import { FormText } from '../components/FormText';
import { NoticeAlert } from '../components/NoticeAlert';
import { useApiForm } from '../hooks/useApiForm';
import { tp } from './texts';
import { FormDomainChoice } from './DomainChoice';
import { NewPartnerInline } from './NewPartnerInline';
import { FormPartnerChoice } from './PartnerSelect';
import { pst } from './partner-setup-texts';
import { useFocusLater } from '../a11y/useFocusLater';

const { shape } = addActionSchema;
/** A choice list's value as text ('' for none) as the contract's id or null. */
const toId = (v: string) => (v === '' ? null : Number(v));
/** An empty (or blank) field as the contract's null. */
const toNull = (v: string) => v.trim() || null;

/** The dialog's fields as the form holds them (text), checked and converted by the contract's own rules. */
const actionFields = z.object({
  title: shape.title,
  domainKey: z.string().transform(toNull).pipe(shape.domainKey.unwrap()),
  partnerId: z.string().transform(toId).pipe(shape.partnerId.unwrap()),
  contactId: z.string().transform(toId).pipe(shape.contactId.unwrap()),
  deadline: z.string().transform(toNull).pipe(shape.deadline.unwrap()),
  appointmentTime: z.string().transform(toNull).pipe(shape.appointmentTime.unwrap()),
  appointmentPlace: shape.appointmentPlace,
  status: updateActionSchema.shape.status.unwrap(),
  resultNote: updateActionSchema.shape.resultNote.unwrap(),
});
type Checked = z.output<typeof actionFields>;

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

/** A refusal that only asks for the coordinator's confirmation of a deadline in the past. */
const asksPastConfirmation = (err: unknown) => err instanceof ApiError && err.details?.['needsConfirmation'] === 'pastDeadline';

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
  const { form, bind, run, busy, notice, setNotice } = useApiForm(actionFields, valuesOf(null));
  /** The checked values waiting for the confirmation of their past deadline. */
  const [askPast, setAskPast] = useState<Checked | null>(null);
  const [added, setAdded] = useState<PartnerView[]>([]);
  const [addedNote, setAddedNote] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const partners = [...props.partners, ...added.filter((a) => !props.partners.some((p) => p.id === a.id))];
  const { reset, setValue, watch } = form;

  useEffect(() => {
    if (!props.open) return;
    setNotice(null);
    setAskPast(null);
    setAddedNote(null);
    reset(valuesOf(action));
  }, [props.open, action, reset, setNotice]);

  // Another partner chosen by the coordinator: the contact person chosen goes with the old one.
  useEffect(() => {
    const sub = watch((_, { name, type }) => {
      if (name === 'partnerId' && type === 'change') setValue('contactId', '');
    });
    return () => sub.unsubscribe();
  }, [watch, setValue]);

  const partnerId = form.watch('partnerId');
  const domainKey = form.watch('domainKey');
  const partner = partners.find((p) => String(p.id) === partnerId);

  async function save(v: Checked, confirmPastDeadline: boolean) {
    const deadlineChanged = !action || action.deadline !== v.deadline;
    if (!confirmPastDeadline && deadlineChanged && deadlineBeforeCreation(v.deadline, action?.createdOn ?? today)) {
      setAskPast(v);
      return;
    }
    const { status, resultNote, ...common } = v;
    const done = await run(async () => {
      try {
        return action
          ? await api.plans.updateAction({ id: action.id, ...common, status, resultNote, confirmPastDeadline })
          : await api.plans.addAction({ dossierId: props.dossierId, ...common, confirmPastDeadline });
      } catch (err) {
        if (asksPastConfirmation(err)) return null;
        throw err;
      }
    });
    if (!done.ok) return;
    if (done.value === null) return setAskPast(v);
    props.onSaved(done.value);
    props.onClose();
  }
  const submit = form.handleSubmit((v) => save(v, false));

  return (
    <>
      <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="action-dialog-title">
        <DialogTitle id="action-dialog-title">{action ? tp.action.editTitle : tp.action.addTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }} component="form" noValidate id="action-form" onSubmit={(e) => void submit(e)}>
            <NoticeAlert notice={notice} />
            <FormText form={bind} name="title" label={tp.action.what} required autoFocus />
            <FormDomainChoice
              form={bind}
              name="domainKey"
              label={tp.action.domain}
              emptyLabel={tp.common.noDomain}
              domains={props.domains.filter((d) => d.active || d.key === domainKey)}
            />
            <FormPartnerChoice
              form={bind}
              name="partnerId"
              id="action-partner"
              label={tp.action.partner}
              partners={partners}
              helperText={partnerId ? '' : tp.action.unassigned}
            />
            <NewPartnerInline
              onAdded={(p) => {
                setAdded((x) => [...x, p]);
                setValue('partnerId', String(p.id));
                setValue('contactId', '');
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
              <FormChoice
                form={bind}
                name="contactId"
                label={tp.action.contact}
                emptyLabel={tp.common.none}
                options={partner.contacts.map((c) => String(c.id))}
                labelOf={(id) => {
                  const c = partner.contacts.find((x) => String(x.id) === id)!;
                  return c.role ? `${c.name} (${c.role})` : c.name;
                }}
              />
            )}
            <FormDate form={bind} name="deadline" label={tp.action.deadline} />
            <Stack direction="row" spacing={2}>
              <FormText form={bind} name="appointmentTime" label={tp.action.appointmentTime} fullWidth={false} helperText={tp.action.appointmentHelp} />
              <FormText form={bind} name="appointmentPlace" label={tp.action.appointmentPlace} fullWidth={false} sx={{ flex: 1 }} />
            </Stack>
            {action && (
              <>
                <FormSelect form={bind} name="status" label={tp.action.status} options={ACTION_STATUSES} optionLabel={actionStatusLabel} />
                <FormText form={bind} name="resultNote" label={tp.action.result} multiline minRows={2} />
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
      <Dialog open={askPast !== null} onClose={() => setAskPast(null)} aria-labelledby="past-deadline-title">
        <DialogTitle id="past-deadline-title">{tp.action.pastTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText>{tp.action.pastBody}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAskPast(null)}>{tp.common.cancel}</Button>
          <Button
            variant="contained"
            onClick={() => {
              const v = askPast;
              setAskPast(null);
              if (v) void save(v, true);
            }}
          >
            {tp.action.pastConfirm}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** The form's text for an action, or for a new one. */
function valuesOf(action: ActionView | null): Values {
  return {
    title: action?.title ?? '',
    domainKey: action?.domainKey ?? '',
    partnerId: action?.partnerId ? String(action.partnerId) : '',
    contactId: action?.contactId ? String(action.contactId) : '',
    deadline: action?.deadline ?? '',
    appointmentTime: action?.appointmentTime ?? '',
    appointmentPlace: action?.appointmentPlace ?? '',
    status: action?.status ?? 'open',
    resultNote: action?.resultNote ?? '',
  };
}
