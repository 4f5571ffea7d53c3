import type { PortfolioReport } from './build.js';

/** The report's data as JSON, in the shape documented in docs/report.md. */
export function reportToJson(report: PortfolioReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
