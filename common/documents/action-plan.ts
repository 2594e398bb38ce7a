import { frame, letterheadBlock } from './frame.js';
import type { DocDefinition } from './pdf-types.js';
import { fullName } from './people.js';
import { clientHeaderBlock, planSections } from './plan-sections.js';
import type { ActionPlanModel } from './view-models.js';

/** Actieplan: one dossier's plan for the meeting table. */
export function actionPlanDefinition(m: ActionPlanModel): DocDefinition {
  return frame({
    kind: 'Actieplan',
    letterhead: m.letterhead,
    date: m.date,
    content: [
      letterheadBlock(m.letterhead),
      { text: `Actieplan ${fullName(m.plan.client)}`, style: 'title' },
      clientHeaderBlock(m.plan.client),
      ...planSections(m.plan),
    ],
  });
}
