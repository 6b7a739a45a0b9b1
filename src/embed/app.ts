/** The app itself, loaded by the widget only when it is needed (see widget.ts). */
export { mountJourneyMap } from '../app/mount.ts';
