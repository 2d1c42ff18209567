/** `privmap report --store`: the organisation's record in any report format. */
import { readPreviousReport, reporters, type ReportFormat, type ReportOptions } from '../report/index.js';
import { connectStore, resolveStoreUrl } from './connect.js';
import { organisationReport } from './organisation.js';

export interface StoreReportOptions extends ReportOptions {
  /** `--store` as given (a URL), or true for PRIVMAP_STORE_URL. */
  store: string | true;
  repositories?: string[];
}

export async function renderStoreReport(format: ReportFormat, options: StoreReportOptions): Promise<string> {
  const { store: flag, compare, ...rest } = options;
  const store = await connectStore(resolveStoreUrl(flag === true ? undefined : flag));
  try {
    const report = await organisationReport(store, { ...rest, ...(compare ? { compare: readPreviousReport(compare) } : {}) });
    return reporters[format](report);
  } finally {
    await store.close();
  }
}
