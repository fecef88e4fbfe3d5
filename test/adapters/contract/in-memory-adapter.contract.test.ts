import { createInMemoryAdapter } from '../../../src/adapters/in-memory/in-memory-adapter';
import { describeAdapterContract } from './adapter-contract';

describeAdapterContract('in-memory adapter', (dataset) => {
  const adapter = createInMemoryAdapter(dataset);
  return { adapter, customerFor: (companyId) => adapter.forCompany(companyId) };
});
