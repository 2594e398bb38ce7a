/**
 * The vault screens (shown before the app is unlocked). Each passes its id to CenteredCard, which
 * requires one, so a new vault screen cannot appear without a help text; the pages of the unlocked
 * app are covered by their route ids (pages/routes.tsx).
 */
export const VAULT_SCREENS = ['setup', 'setup-code', 'unlock', 'recovery'] as const;
export type VaultScreen = (typeof VAULT_SCREENS)[number];
