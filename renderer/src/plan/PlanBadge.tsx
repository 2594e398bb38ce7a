import { Chip, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import type { DossierPlanBadge } from '../../../common/plan/types';
import { BasisStrip } from './BasisStrip';
import { planBadge } from './badges';
import { tp } from './texts';

/** The compact strip plus an overdue count, for list rows. */
export function PlanBadge({ dossierId }: { dossierId: number }) {
  const [b, setB] = useState<DossierPlanBadge | null>(null);
  useEffect(() => {
    let live = true;
    void planBadge(dossierId).then((x) => live && setB(x));
    return () => {
      live = false;
    };
  }, [dossierId]);
  if (!b) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <BasisStrip states={b.strip} compact />
      {b.overdue > 0 && <Chip size="small" color="error" label={tp.list.overdueCount(b.overdue)} data-testid="list-overdue" />}
    </Stack>
  );
}
