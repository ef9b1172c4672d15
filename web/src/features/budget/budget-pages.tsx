// The budget reports' chunk: the lines report and a line's page load together, apart from every other page.
export { BudgetReportPage } from './budget-report-page';
export { BudgetLinePage } from './budget-line-page';
