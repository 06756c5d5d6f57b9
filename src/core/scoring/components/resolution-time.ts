import { durationComponent } from './duration-component.js';

/** `resolution_time`: business minutes from creation to the final solve, of tickets solved in the window. */
export const resolutionTime = durationComponent('resolution_time', (l) => l.solved, (l) => l.resolutionMinutes);
