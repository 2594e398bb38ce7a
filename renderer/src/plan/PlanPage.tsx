import { Link, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { fullName } from '../../../common/people/names';
import { api } from '../api';
import { PlanTab } from './PlanTab';
import { tp } from './texts';

/** The direct link to one dossier's plan: the Plan tab on a page of its own, with a heading and a way back. */
export function PlanPage({ dossierId }: { dossierId: number }) {
  const [name, setName] = useState('');
  useEffect(() => {
    api.dossiers.get({ id: dossierId }).then(
      (d) => setName(fullName(d.dossier)),
      () => undefined,
    );
  }, [dossierId]);
  return (
    <Stack spacing={2}>
      <Link href={`#/dossiers/${dossierId}`} sx={{ alignSelf: 'flex-start' }}>
        {tp.plan.toDossier}
      </Link>
      <Typography variant="h5" component="h1">
        {tp.plan.pageTitle(name)}
      </Typography>
      <PlanTab dossierId={dossierId} />
    </Stack>
  );
}
