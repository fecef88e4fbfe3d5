/** The HTTP adapter: both adapter interfaces over the REST contract in `api/sync-health.openapi.yaml`. */
export {
  DEFAULT_HTTP_TIMEOUT_MS,
  createHttpAdapter,
  type FetchFunction,
  type HeadersOption,
  type HttpAdapter,
  type HttpAdapterOptions,
} from './http-adapter';
