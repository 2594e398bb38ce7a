import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the app frame that are mostly heard, not seen: skip link, landmarks, busy states. */
const nl = {
  skipToContent: 'Naar de inhoud',
  mainMenu: 'Hoofdmenu',
  loading: 'Bezig met laden',
  notFound: 'Deze pagina bestaat niet.',
};

const en: TextsShape<typeof nl> = {
  skipToContent: 'Skip to content',
  mainMenu: 'Main menu',
  loading: 'Loading',
  notFound: 'This page does not exist.',
};

export const a11yTexts = defineTexts('a11y', nl, en);
