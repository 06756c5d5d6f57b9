/**
 * What customers write about: product areas and the topics inside them. Every ticket type draws from
 * the same topics, which is why a feature request, a missing feature and a how-to can all mention
 * "export to CSV" — the classifier must read more than the noun.
 * @module
 */

export const PRODUCT_AREAS = [
  'reporting',
  'dashboards',
  'integrations',
  'api',
  'admin',
  'workflows',
  'mobile',
  'billing',
] as const;
export type ProductArea = (typeof PRODUCT_AREAS)[number];

/** One thing a ticket can be about. */
export interface Topic {
  readonly area: ProductArea;
  /** How a subject names it: "export to CSV". */
  readonly noun: string;
  /** What the customer tries to do: "export the pipeline report to CSV". */
  readonly action: string;
  /** The tag a helpdesk trigger would put on it. */
  readonly tag: string;
}

const t = (area: ProductArea, tag: string, noun: string, action: string): Topic => ({
  area,
  tag,
  noun,
  action,
});

export const TOPICS: readonly Topic[] = [
  t('reporting', 'export', 'export to CSV', 'export the pipeline report to CSV'),
  t('reporting', 'export', 'PDF export', 'export a report as PDF'),
  t('reporting', 'scheduled_reports', 'scheduled reports', 'schedule a weekly report by email'),
  t('reporting', 'custom_fields', 'custom fields in reports', 'add custom fields to a report'),
  t('dashboards', 'filters', 'dashboard filters', 'filter the dashboard by region'),
  t('dashboards', 'widgets', 'chart widgets', 'add a chart widget to the dashboard'),
  t('dashboards', 'sharing', 'dashboard sharing', 'share a dashboard with external users'),
  t('integrations', 'salesforce', 'Salesforce sync', 'sync contacts from Salesforce'),
  t('integrations', 'slack', 'Slack notifications', 'send alerts to a Slack channel'),
  t('integrations', 'hubspot', 'HubSpot integration', 'connect our HubSpot portal'),
  t('integrations', 'export', 'data export to S3', 'export data to our S3 bucket'),
  t('api', 'api', 'API rate limits', 'run our nightly job against the API'),
  t('api', 'webhooks', 'webhooks', 'receive webhooks when a record changes'),
  t('api', 'api', 'API tokens', 'rotate the API tokens for our service account'),
  t('admin', 'sso', 'SSO login', 'log in with SSO through Okta'),
  t('admin', 'permissions', 'user permissions', 'restrict permissions per team'),
  t('admin', 'user_import', 'bulk user import', 'import users in bulk from a CSV file'),
  t('admin', 'audit_log', 'audit log', 'see who changed a record in the audit log'),
  t('workflows', 'automation', 'automation rules', 'trigger an automation when a deal closes'),
  t('workflows', 'approvals', 'approval steps', 'add an approval step to the workflow'),
  t('workflows', 'templates', 'email templates', 'edit the email templates'),
  t('mobile', 'mobile', 'mobile app', 'use the mobile app offline'),
  t('mobile', 'notifications', 'push notifications', 'get push notifications on Android'),
  t('billing', 'invoice', 'invoice', 'download our latest invoice'),
  t('billing', 'seats', 'seat count', 'add seats to our plan'),
  t('billing', 'renewal', 'contract renewal', 'review the renewal terms'),
];

/** Topics grouped by area, for launch tickets and area-weighted draws. */
export const TOPICS_BY_AREA: ReadonlyMap<ProductArea, readonly Topic[]> = new Map(
  PRODUCT_AREAS.map((area) => [area, TOPICS.filter((topic) => topic.area === area)]),
);

/** Product areas a launch can ship in (billing does not launch features). */
export const LAUNCH_AREAS: readonly ProductArea[] = PRODUCT_AREAS.filter((a) => a !== 'billing');
