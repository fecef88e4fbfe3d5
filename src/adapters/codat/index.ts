/** The Codat adapter: the Sync Health view over Codat's Sync API, through the host's backend proxy. */
export {
  DEFAULT_CODAT_CACHE_TTL_MS,
  DEFAULT_CODAT_CONCURRENCY,
  createCodatAdapter,
  type CodatAdapter,
  type CodatAdapterOptions,
  type CodatCompany,
} from './codat-adapter';
