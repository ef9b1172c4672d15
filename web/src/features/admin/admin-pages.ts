// Every administration screen, gathered so the router loads the whole admin feature as one lazy chunk.
export { AdminLayout } from './admin-layout';
export { AppointmentsPage } from './appointments/appointments-page';
export { AuditPage } from './audit/audit-page';
export { HolidaysPage } from './holidays/holidays-page';
export { ImportsPage } from './imports/imports-page';
export { RulesPage } from './rules/rules-page';
export { TargetsPage } from './targets/targets-page';
export { UnitsPage } from './units/units-page';
export { UsersPage } from './users/users-page';
export { VerifyPage } from './verify/verify-page';
export { SchedulerPage } from './scheduler/scheduler-page';
export { WebhooksPage } from './webhooks/webhooks-page';
export { BudgetCheckPage } from './budget/budget-check-page';
export { LineImportPage } from './budget/line-import-page';
