/**
 * What people write in a ticket's events: bot auto-replies, agents' public replies and private notes,
 * customers' follow-ups. Shared wording again ("doesn't work" from customers on bugs and how-tos).
 * @module
 */
import type { TicketType } from '../core/model.js';
import type { Rng } from './prng.js';
import type { Topic } from './topics.js';

export const VENDOR = 'Fieldstone';
export const BOT_NAME = 'Answer Bot';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (s: string, topic: Topic): string =>
  s.replace('{Noun}', cap(topic.noun)).replace('{noun}', topic.noun).replace('{action}', topic.action)
    .replace('{tag}', topic.tag);

const QUESTIONS = [
  'Thanks for reaching out about {noun}. Could you send a screenshot and the time it happened?',
  'Thanks for the details. Which browser and which user account were you using?',
  'Could you tell me the exact steps you took when you tried to {action}?',
  'Happy to help with {noun}. Is this happening for every user or just some?',
];
const SOLUTIONS: Readonly<Record<TicketType, readonly string[]>> = {
  help: [
    'You can {action} from Settings → {Noun}. Step-by-step guide: https://help.fieldstone.example/{tag}',
    "That doesn't work from the list view, only from the detail page. Here is how: " +
      'https://help.fieldstone.example/{tag}',
  ],
  bug: [
    'Engineering shipped a fix for {noun}; it should work again now. Sorry for the trouble!',
    'We found the cause and deployed a fix. Please let us know if {noun} still doesn\'t work.',
  ],
  missing_feature: [
    "{Noun} as you describe it isn't available today. I've logged it with our product team as a gap.",
    'There is no way to {action} yet; the workaround is a scheduled export. I added your vote to the request.',
  ],
  feature_request: [
    "Thanks for the suggestion! I've shared it with our product team, who review requests monthly.",
    'Great idea. It is on the roadmap for {noun}; I linked your account to the request.',
  ],
  other: [
    'I have updated your account as requested. Let me know if anything else is needed.',
    "Your CSM will follow up on this directly; I've forwarded the details.",
  ],
};
const NOTES = [
  'Reproduced on staging, linked to ENG-{n}.',
  'Checked the logs: timeouts from the {noun} service around that time.',
  'Customer renewal coming up, handle with care.',
  'Escalating to tier 2, needs a closer look.',
  'Known issue, see ENG-{n}. Workaround sent.',
];
const CUSTOMER_REPLIES = [
  'Here is the screenshot you asked for.',
  'It happens for everyone on our team, in Chrome and Edge.',
  'We tried that, but still get the same error.',
  'Any update on this? We are waiting on it.',
  'Thanks, trying now.',
];
const REOPENS = [
  "This doesn't work again since this morning.",
  "Sorry, reopening: the fix didn't help, {noun} still doesn't work.",
  'Same problem again today. Can you take another look?',
];

/** The bot's acknowledgement right after a ticket arrives by email or web form. */
export function botReply(ticketId: string, topic: Topic): string {
  return `Thanks for contacting ${VENDOR} Support. We received your request ${ticketId}; an agent will ` +
    `reply soon. Meanwhile this article may help: https://help.fieldstone.example/${topic.tag}`;
}

export const agentQuestion = (topic: Topic, rng: Rng): string => fill(rng.pick(QUESTIONS), topic);
export const agentSolution = (type: TicketType, topic: Topic, rng: Rng): string =>
  fill(rng.pick(SOLUTIONS[type]), topic);
export const privateNote = (topic: Topic, rng: Rng): string =>
  fill(rng.pick(NOTES), topic).replace('{n}', String(rng.int(1000, 9999)));
export const customerReply = (rng: Rng): string => rng.pick(CUSTOMER_REPLIES);
export const reopenReply = (topic: Topic, rng: Rng): string => fill(rng.pick(REOPENS), topic);
export const holdNote = (rng: Rng): string => `Waiting on engineering, ENG-${rng.int(1000, 9999)}.`;
