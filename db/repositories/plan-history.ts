import { dossierHistory } from '../schema.js';
import type { Db } from '../vault.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Conn = Db | Tx;

/**
 * Plan and action changes go into the dossier's own history (the "Geschiedenis" tab), with a `plan.`
 * field prefix so the tab can label them. Always called inside the change's transaction.
 */
export async function recordPlanHistory(
  tx: Conn,
  dossierId: number,
  at: string,
  field: string,
  oldValue: string | null,
  newValue: string | null,
): Promise<void> {
  if (oldValue === newValue) return;
  await tx.insert(dossierHistory).values({ dossierId, at, field: `plan.${field}`, oldValue, newValue });
}
