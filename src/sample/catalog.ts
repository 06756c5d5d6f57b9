/**
 * The fixed vocabulary of the sample company: tiers, regions, people and names. Data, not logic.
 * @module
 */

export const TIERS = ['enterprise', 'mid_market', 'smb'] as const;
export type Tier = (typeof TIERS)[number];

/** How a tier looks: its share of accounts, seat range (log-uniform), list price per seat a year. */
export interface TierSpec {
  readonly share: number;
  readonly minSeats: number;
  readonly maxSeats: number;
  readonly pricePerSeat: number;
  /** Share of seats that are active users on a typical day, before the account's own trend. */
  readonly adoption: number;
}

export const TIER_SPECS: Readonly<Record<Tier, TierSpec>> = {
  enterprise: { share: 0.12, minSeats: 250, maxSeats: 5000, pricePerSeat: 420, adoption: 0.55 },
  mid_market: { share: 0.33, minSeats: 40, maxSeats: 400, pricePerSeat: 360, adoption: 0.62 },
  smb: { share: 0.55, minSeats: 3, maxSeats: 40, pricePerSeat: 300, adoption: 0.7 },
};

/** A time zone with a fixed UTC offset: the generator ignores daylight saving on purpose (simpler). */
export interface Zone {
  readonly region: string;
  readonly timezone: string;
  readonly offsetHours: number;
  readonly share: number;
}

export const ZONES: readonly Zone[] = [
  { region: 'north_america', timezone: 'America/New_York', offsetHours: -5, share: 0.22 },
  { region: 'north_america', timezone: 'America/Chicago', offsetHours: -6, share: 0.1 },
  { region: 'north_america', timezone: 'America/Los_Angeles', offsetHours: -8, share: 0.13 },
  { region: 'emea', timezone: 'Europe/London', offsetHours: 0, share: 0.14 },
  { region: 'emea', timezone: 'Europe/Berlin', offsetHours: 1, share: 0.12 },
  { region: 'emea', timezone: 'Europe/Paris', offsetHours: 1, share: 0.06 },
  { region: 'emea', timezone: 'Europe/Stockholm', offsetHours: 1, share: 0.03 },
  { region: 'apac', timezone: 'Asia/Singapore', offsetHours: 8, share: 0.05 },
  { region: 'apac', timezone: 'Asia/Tokyo', offsetHours: 9, share: 0.04 },
  { region: 'apac', timezone: 'Australia/Sydney', offsetHours: 10, share: 0.05 },
  { region: 'latam', timezone: 'America/Sao_Paulo', offsetHours: -3, share: 0.04 },
  { region: 'latam', timezone: 'America/Mexico_City', offsetHours: -6, share: 0.02 },
];

export const INDUSTRIES = [
  'software',
  'financial_services',
  'healthcare',
  'retail',
  'manufacturing',
  'logistics',
  'education',
  'media',
  'professional_services',
  'nonprofit',
] as const;

/** Customer success managers; enterprise accounts get the first four. */
export const OWNERS = [
  'Dana Whitfield',
  'Marcus Okafor',
  'Priya Raman',
  'Sofia Lindqvist',
  'Tom Becker',
  'Aiko Tanaka',
  'Lucas Moreau',
  'Grace Mensah',
  'Diego Alvarez',
  'Hannah Cole',
] as const;

export const NAME_HEADS = [
  'Northwind', 'Bluefin', 'Cedar', 'Ironbridge', 'Lumen', 'Harbor', 'Summit', 'Keystone', 'Redwood',
  'Silverline', 'Oakridge', 'Brightwater', 'Granite', 'Polaris', 'Evergreen', 'Copperleaf', 'Falcon',
  'Meridian', 'Atlas', 'Juniper', 'Bramble', 'Cobalt', 'Driftwood', 'Foxglove', 'Hollow Creek',
  'Kestrel', 'Larkspur', 'Maple & Finch', 'Nimbus', 'Orchard', 'Pinecrest', 'Quarry', 'Riverbend',
  'Saltmarsh', 'Tidewater', 'Umber', 'Vantage', 'Willow', 'Yarrow', 'Zephyr',
] as const;

export const NAME_TAILS = [
  'Logistics', 'Health', 'Analytics', 'Foods', 'Capital', 'Labs', 'Retail', 'Systems', 'Partners',
  'Media', 'Manufacturing', 'Learning', 'Energy', 'Travel', 'Insurance', 'Robotics', 'Studios',
  'Outfitters', 'Freight', 'Clinics',
] as const;

export const NAME_SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'LLC', 'AB', 'S.A.', 'Co.', 'Group'] as const;

export const FIRST_NAMES = [
  'Alex', 'Sam', 'Jordan', 'Maria', 'Chen', 'Fatima', 'Olivia', 'Noah', 'Emma', 'Liam', 'Yuki',
  'Ana', 'Ben', 'Chloe', 'David', 'Elena', 'Felix', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lea', 'Mateo',
  'Nina', 'Omar', 'Paula', 'Ravi', 'Sara', 'Theo', 'Uma',
] as const;

export const LAST_NAMES = [
  'Smith', 'Garcia', 'Nguyen', 'Müller', 'Rossi', 'Kim', 'Silva', 'Johnson', 'Khan', 'Novak',
  'Brown', 'Dubois', 'Sato', 'Larsen', 'Cohen', 'Patel', "O'Brien", 'Kowalski', 'Andersson', 'Lopez',
] as const;

/** Support agents, who write the public replies and private notes in events. */
export const AGENTS = [
  'Riley Park', 'Jamie Fox', 'Morgan Lee', 'Casey Quinn', 'Avery Stone', 'Drew Patel',
  'Kai Novak', 'Robin Hart', 'Sky Moreno', 'Taylor Brooks', 'Quinn Adler', 'Reese Ito',
] as const;
