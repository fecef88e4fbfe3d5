/**
 * The raw material of the demo data: business-name parts, platforms with how common they are, and
 * the countries companies trade in. Plain lists, so the generators stay short.
 */
import type { Weighted } from './seeded-random';

/** Words that open a business name: "Bramble", "Copper Kettle", "Harbour Street". */
export const NAME_OPENINGS: readonly string[] = [
  'Bramble', 'Copper Kettle', 'Harbour Street', 'Little Fern', 'Northwind', 'Oak & Ash', 'Saltmarsh',
  'Blue Heron', 'Wildflower', 'Foxglove', 'Juniper', 'Ironbridge', 'Meadowlark', 'Old Mill',
  'Red Kite', 'Silver Birch', 'Tidewater', 'Willow', 'Hazelnut', 'Cobblestone', 'Larkspur', 'Moss',
  'Puffin', 'Quayside', 'Rosehip', 'Sandpiper', 'Thistle', 'Upland', 'Velvet Moon', 'Windmill',
  'Yarrow', 'Amber', 'Birchwood', 'Cedar', 'Driftwood', 'Elder', 'Fennel', 'Granite', 'Heather',
  'Kestrel', 'Lantern', 'Marigold', 'Nettle', 'Orchard', 'Pebble', 'Saffron', 'Tansy', 'Wren',
  'Acorn', 'Bluebell', 'Clover', 'Damson', 'Ember', 'Fable', 'Gull', 'Honeycomb', 'Ivy', 'Lupin',
];

/** Surnames for "Hartley & Sons" style names. */
export const NAME_SURNAMES: readonly string[] = [
  'Hartley', 'Okafor', 'Lindqvist', 'Moreau', 'Castillo', 'Nakamura', 'Fitzgerald', 'Abernathy',
  'Kowalski', 'Delgado', 'Whitmore', 'Osei', 'Brennan', 'Sato', 'Pemberton', 'Achebe', 'Rossi',
  'Haddad', 'Van Dijk', 'MacLeod', 'Thornton', 'Novak', 'Quigley', 'Ferreira', 'Iqbal', 'Larsen',
];

/** What the business does: "Coffee", "Bike Works", "Florist". */
export const NAME_TRADES: readonly string[] = [
  'Coffee', 'Bakery', 'Florist', 'Bike Works', 'Outdoor', 'Candles', 'Ceramics', 'Tea Co',
  'Bookshop', 'Apparel', 'Skincare', 'Pet Supplies', 'Homeware', 'Records', 'Toys', 'Wines',
  'Cheese Shop', 'Jewellery', 'Stationery', 'Surf Co', 'Garden Centre', 'Kitchenware', 'Roasters',
  'Deli', 'Leather Goods', 'Yoga Studio', 'Print Studio', 'Brewing Co', 'Gifts', 'Knitwear',
  'Design Agency', 'Consulting', 'Architects', 'Logistics', 'Builders', 'Catering', 'Events',
];

/** Endings that make a name sound registered. */
export const NAME_SUFFIXES: readonly string[] = ['', '', '', '', ' Ltd', ' Ltd', ' LLC', ' Inc.', ' Pty Ltd', ' GmbH'];

/** Commerce platforms a company sells on, weighted by how common they are. */
export const COMMERCE_SOURCES: readonly Weighted<string>[] = [
  ['Shopify', 34], ['WooCommerce', 14], ['Square', 12], ['Amazon Seller Central', 10], ['Stripe', 10],
  ['eBay', 5], ['PayPal', 5], ['BigCommerce', 4], ['Zettle', 3], ['Lightspeed', 3],
];

/** Expense platforms (the provider's own card or spend product, or a partner's). */
export const EXPENSE_SOURCES: readonly Weighted<string>[] = [
  ['Expense cards', 40], ['Pleo', 20], ['Payhawk', 15], ['Soldo', 10], ['Spendesk', 10], ['Emburse', 5],
];

/** Accounting platforms that commerce data is written to. */
export const COMMERCE_TARGETS: readonly Weighted<string>[] = [
  ['Xero', 32], ['QuickBooks Online', 30], ['Sage 50', 8], ['NetSuite', 8], ['Sage Intacct', 6],
  ['FreeAgent', 5], ['Dynamics 365 Business Central', 5], ['Exact Online', 3], ['MYOB', 3],
];

/** Accounting platforms that expense data is written to. */
export const EXPENSE_TARGETS: readonly Weighted<string>[] = [
  ['Xero', 30], ['QuickBooks Online', 30], ['NetSuite', 14], ['Sage Intacct', 10],
  ['Dynamics 365 Business Central', 8], ['FreeAgent', 5], ['Sage 50', 3],
];

/** A country a demo company trades in, with what its sync configuration needs. */
export interface DemoCountry {
  /** ISO 3166 code, as sync configurations carry it. */
  code: string;
  /** ISO 4217 currency. */
  currency: string;
  /** IANA time zone for the sync schedule. */
  timeZone: string;
  /** The sales tax or VAT percentages in use there, standard rate first. */
  taxRates: readonly number[];
  /** What the tax is called, for tax-rate option names. */
  taxName: string;
}

/** Countries, weighted by how many demo companies trade there. */
export const COUNTRIES: readonly Weighted<DemoCountry>[] = [
  [{ code: 'GB', currency: 'GBP', timeZone: 'Europe/London', taxRates: [20, 5, 0], taxName: 'VAT' }, 40],
  [{ code: 'US', currency: 'USD', timeZone: 'America/New_York', taxRates: [8.875, 0], taxName: 'Sales Tax' }, 25],
  [{ code: 'AU', currency: 'AUD', timeZone: 'Australia/Sydney', taxRates: [10, 0], taxName: 'GST' }, 10],
  [{ code: 'IE', currency: 'EUR', timeZone: 'Europe/Dublin', taxRates: [23, 13.5, 0], taxName: 'VAT' }, 8],
  [{ code: 'CA', currency: 'CAD', timeZone: 'America/Toronto', taxRates: [13, 5, 0], taxName: 'HST' }, 7],
  [{ code: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin', taxRates: [19, 7, 0], taxName: 'MwSt' }, 5],
  [{ code: 'NZ', currency: 'NZD', timeZone: 'Pacific/Auckland', taxRates: [15, 0], taxName: 'GST' }, 5],
];

/** Accounting data types a commerce sync writes, weighted by how many records of each a day brings. */
export const COMMERCE_DATA_TYPES: readonly Weighted<string>[] = [
  ['invoices', 62], ['payments', 16], ['creditNotes', 8], ['journalEntries', 6], ['directCosts', 5], ['bankFeedTransactions', 3],
];

/** Accounting data types an expenses sync writes. */
export const EXPENSE_DATA_TYPES: readonly Weighted<string>[] = [
  ['expenses', 60], ['bills', 15], ['billPayments', 10], ['transfers', 8], ['reimbursableExpenses', 7],
];
