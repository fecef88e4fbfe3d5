/**
 * The in-memory adapter and its demo data: the library's default data source, for stories, demos,
 * tests, and hosts that already hold their sync history in the browser.
 */
export { createInMemoryAdapter, type InMemoryAdapter, type InMemoryAdapterOptions } from './in-memory-adapter';
export type { InMemoryDataset } from './in-memory-dataset';
export type { InMemoryAdapterMethod, SimulatedFailure, SimulatedNetworkOptions } from './simulated-network';
export { DEFAULT_DEMO_NOW, generateDemoDataset, type DemoDataset, type DemoDatasetOptions } from './demo-dataset';
export type { DemoCompany } from './demo-companies';
export type { DemoCountry } from './demo-catalogue';
