import { durationComponent } from './duration-component.js';

/** `first_reply_time`: business minutes to the first reply, of tickets first replied to in the window. */
export const firstReplyTime = durationComponent('first_reply_time', (l) => l.replied, (l) => l.firstReplyMinutes);
