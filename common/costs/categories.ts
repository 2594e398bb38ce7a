/**
 * What the municipality pays for a client in the months around release (docs/domain/costs.md): the catalogue of
 * cost categories, shared by the API, the screens, the documents, the exchange file and the budget overview.
 * The Dutch labels live here; English ones in the renderer's labels.
 */
export const COST_CATEGORIES = ['pasfoto', 'leges_id', 'voorschot', 'bijzondere_bijstand', 'overig'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  pasfoto: "Pasfoto's",
  leges_id: 'Leges identiteitsbewijs',
  voorschot: 'Voorschot of broodgeld',
  bijzondere_bijstand: 'Bijzondere bijstand',
  overig: 'Overige kosten',
};

export function isCostCategory(v: string): v is CostCategory {
  return (COST_CATEGORIES as readonly string[]).includes(v);
}
