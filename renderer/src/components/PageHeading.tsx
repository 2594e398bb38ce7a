/** The plan's screens know the screen heading by this name; it is the one ScreenHeading. */
export { ScreenHeading as PageHeading } from './ScreenHeading';
