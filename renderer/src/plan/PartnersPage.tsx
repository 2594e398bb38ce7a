import { Alert, Box, Button, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { partnerTypeLabel } from '../i18n/labels';
import { api } from '../api';
import { useApiData } from '../hooks/useApiData';
import { navigate } from '../router';
import { PartnerForm } from './PartnerForm';
import { tp } from './texts';

/** The partner register: organisations with their open and overdue actions. */
export function PartnersPage() {
  const { data: list, error } = useApiData(() => api.partners.list({}));
  const [adding, setAdding] = useState(false);
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {tp.partners.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {tp.partners.intro}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      <Button variant="contained" onClick={() => setAdding(true)} sx={{ mb: 2 }}>
        {tp.partners.add}
      </Button>
      {list && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{tp.partners.name}</TableCell>
              <TableCell>{tp.partners.type}</TableCell>
              <TableCell>{tp.partners.email}</TableCell>
              <TableCell>{tp.partners.phone}</TableCell>
              <TableCell align="right">{tp.partners.open}</TableCell>
              <TableCell align="right">{tp.partners.overdue}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((p) => (
              <TableRow key={p.id} hover data-testid="partner-row">
                <TableCell>
                  <Link href={`#/partners/${p.id}`}>{p.name}</Link>
                </TableCell>
                <TableCell>{partnerTypeLabel(p.type)}</TableCell>
                <TableCell>{p.email}</TableCell>
                <TableCell>{p.phone}</TableCell>
                <TableCell align="right">{p.openActions}</TableCell>
                <TableCell align="right">{p.overdueActions > 0 ? <Chip size="small" color="error" label={p.overdueActions} /> : 0}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <PartnerForm open={adding} partner={null} onClose={() => setAdding(false)} onSaved={(p) => navigate(`/partners/${p.id}`)} />
    </Box>
  );
}
