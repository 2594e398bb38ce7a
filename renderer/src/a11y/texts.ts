import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the app frame that are mostly heard, not seen: skip link, busy states, a missing page. */
const nl = {
  skipToContent: 'Naar de inhoud',
  loading: 'Bezig met laden',
  notFound: 'Deze pagina bestaat niet.',
};

const en: TextsShape<typeof nl> = {
  skipToContent: 'Skip to content',
  loading: 'Loading',
  notFound: 'This page does not exist.',
};

export const a11yTexts = defineTexts('a11y', nl, en);
