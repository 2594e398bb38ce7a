/**
 * The screens outside pages/routes.tsx that still need help. The vault screens (shown before the app is
 * unlocked) pass their id to CenteredCard, which requires one, so a new vault screen cannot appear
 * without a help text. The first-run guide (startgids) is a page of the unlocked app outside the routes.
 */
export const VAULT_SCREENS = ['setup', 'setup-code', 'unlock', 'recovery'] as const;
export type VaultScreen = (typeof VAULT_SCREENS)[number];

export const FIRST_RUN_SCREEN = 'first-run';

/** Every screen id that is not a route id; the completeness test adds the route ids. */
export const OTHER_SCREENS: readonly string[] = [...VAULT_SCREENS, FIRST_RUN_SCREEN];
