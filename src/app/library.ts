/**
 * The app as a module another page can import: `mountJourneyMap` and the built-in journeys.
 * Built to a fixed name (`assets/journey-map.js`) beside the standalone page, for the embed
 * element and presenter to come and for the two-instance browser test.
 */
export { index } from 'virtual:journeys';
export { mountJourneyMap, type MountOptions, type MountedJourneyMap } from './mount.ts';
