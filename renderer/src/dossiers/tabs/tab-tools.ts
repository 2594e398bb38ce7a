import { useState } from 'react';

/** The tabs of the dossier page: each change ends by reloading the dossier, so every tab shows the saved state. */
export type Reload = () => Promise<void>;

export function useFormError() {
  const [error, setError] = useState<string | null>(null);
  return { error, setError };
}
