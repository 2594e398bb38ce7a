import { msg } from '../messages';
/**
 * Web mode's session, shared by the server and the page (see electron/main/web-server.ts for the why).
 * The app hands the browser a one-time link `/?code=…`; the page trades the code for a session secret with
 * POST START_PATH, keeps that secret only in the tab (memory, and the tab's sessionStorage so a reload keeps working)
 * and sends it with every API call in SECRET_HEADER — a header no other site or port can make a browser send.
 */
export const LINK_CODE_PARAM = 'code';
export const START_PATH = '/sessie/start';
export const SECRET_HEADER = 'X-Nazorg-Sessie';
/** An unused link expires after this long. */
export const LINK_TTL_MS = 2 * 60 * 1000;

export const NO_SESSION_MESSAGE = msg('accessDeniedNoValidSession');
export const LINK_USED_MESSAGE = msg('accessDeniedLinkAlreadyUsed');
