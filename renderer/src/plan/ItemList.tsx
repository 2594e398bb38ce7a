import { List, ListItem, ListItemText, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/** A short list of saved things (goals, contact persons, refused actions): two lines each, its buttons at the end. */
export function ItemList<T extends { id: number }>({
  items,
  primary,
  secondary,
  actions,
  textSx,
}: {
  items: readonly T[];
  primary: (item: T) => ReactNode;
  secondary: (item: T) => ReactNode;
  actions?: (item: T) => ReactNode;
  textSx?: (item: T) => SxProps<Theme>;
}) {
  return (
    <List dense>
      {items.map((item) => (
        <ListItem key={item.id} disableGutters secondaryAction={actions?.(item)}>
          <ListItemText primary={primary(item)} secondary={secondary(item)} sx={textSx?.(item)} />
        </ListItem>
      ))}
    </List>
  );
}
