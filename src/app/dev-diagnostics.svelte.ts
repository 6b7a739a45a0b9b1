/**
 * Story-file problems reported by the dev server (`npm start`), for the in-page overlay.
 * In a production build the list is always empty.
 */
import { diagnostics as initial } from 'virtual:journeys';
import type { Diagnostic } from '../data/diagnostics.ts';

class DevDiagnostics {
  list = $state<Diagnostic[]>(initial);
}

export const devDiagnostics = new DevDiagnostics();

if (import.meta.hot) {
  import.meta.hot.on('journeys:diagnostics', (data: Diagnostic[]) => {
    devDiagnostics.list = data;
  });
}
