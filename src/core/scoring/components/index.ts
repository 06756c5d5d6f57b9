/**
 * Every risk component, by name: one file each.
 * @module
 */
import type { ComponentName } from '../scoring-config.js';
import { backlogAge } from './backlog-age.js';
import type { Component } from './component.js';
import { firstReplyTime } from './first-reply-time.js';
import { reopenRate } from './reopen-rate.js';
import { resolutionTime } from './resolution-time.js';
import { sentiment } from './sentiment.js';
import { severityShare } from './severity-share.js';
import { slaMissRate } from './sla-miss-rate.js';
import { successPoints } from './success-points.js';
import { volume } from './volume.js';

export * from './component.js';

export const COMPONENTS: Readonly<Record<ComponentName, Component>> = {
  volume,
  severity_share: severityShare,
  reopen_rate: reopenRate,
  sla_miss_rate: slaMissRate,
  first_reply_time: firstReplyTime,
  resolution_time: resolutionTime,
  backlog_age: backlogAge,
  sentiment,
  success_points: successPoints,
};
