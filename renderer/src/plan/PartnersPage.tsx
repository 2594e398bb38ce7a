import { Alert, Box, Button, Chip, Link } from '@mui/material';
import { useState } from 'react';
import type { PartnerView } from '../../../common/plan/types';
import { partnerTypeLabel } from '../i18n/labels';
import { api } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PageHeading } from '../components/PageHeading';
import { useApiData } from '../hooks/useApiData';
import { navigate } from '../router';
import { PartnerForm } from './PartnerForm';
import { tp } from './texts';

/** A function, so the headings follow a change of language. */
const columns = (): Column<PartnerView & { openActions: number; overdueActions: number }>[] => [
  { label: tp.partners.name, cell: (p) => <Link href={`#/partners/${p.id}`}>{p.name}</Link> },
  { label: tp.partners.type, cell: (p) => partnerTypeLabel(p.type) },
  { label: tp.partners.email, cell: (p) => p.email },
  { label: tp.partners.phone, cell: (p) => p.phone },
  { label: tp.partners.open, align: 'right', cell: (p) => p.openActions },
  { label: tp.partners.overdue, align: 'right', cell: (p) => (p.overdueActions > 0 ? <Chip size="small" color="error" label={p.overdueActions} /> : 0) },
];

/** The partner register: organisations with their open and overdue actions. */
export function PartnersPage() {
  const { data: list, error } = useApiData(() => api.partners.list({}));
  const [adding, setAdding] = useState(false);
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeading title={tp.partners.title} intro={tp.partners.intro} />
      {error && <Alert severity="error">{error}</Alert>}
      <Button variant="contained" onClick={() => setAdding(true)} sx={{ mb: 2 }}>
        {tp.partners.add}
      </Button>
      {list && (
        <DataTable
          rows={list}
          columns={columns()}
          rowKey={(p) => p.id}
          empty={tp.partners.none}
          rowProps={() => ({ hover: true, 'data-testid': 'partner-row' })}
        />
      )}
      <PartnerForm open={adding} partner={null} onClose={() => setAdding(false)} onSaved={(p) => navigate(`/partners/${p.id}`)} />
    </Box>
  );
}
