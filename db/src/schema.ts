// The Kysely Database type: one interface per table, the single source of row types.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** SQLite has no boolean: 0 or 1. */
type Flag = number;

export interface BudgetUnitTable {
  code: string;
  kind: string;
  name_th: string;
  name_en: string;
  group_th: string | null;
  group_en: string | null;
  active: Flag;
}

export interface OrgDivisionTable {
  id: string;
  name_th: string;
  name_en: string;
}

export interface OrgSectionTable {
  id: string;
  division_id: string;
  name_th: string;
  name_en: string;
}

export interface UserTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  level: number | null;
  unit_code: string | null;
  section_id: string | null;
  division_id: string | null;
  is_admin: Flag;
  active: Flag;
  created_at: string;
  updated_at: string;
  /** Where email notifications go; null sends none. */
  email: Generated<string | null>;
  /** 'th' or 'en': the language of the user's emails. */
  language: Generated<string>;
  /** Office telephone extension, shown with the person wherever they hold a request; null until set. */
  phone_extension: Generated<string | null>;
}

export interface AnalystPortfolioTable {
  analyst_id: string;
  unit_code: string;
}

export interface ExecutiveScopeTable {
  user_id: string;
  unit_code: string;
}

export interface RequestTable {
  id: string;
  tracking_no: string;
  type: string;
  unit_code: string;
  fiscal_year: number;
  title: string;
  justification: string;
  amount_satang: number;
  category: string;
  /** JSON of the type-specific details (transfer lines, routing flags, central-fund item). */
  details: string;
  /** The unit's letter the request goes out under (เลขที่หนังสือ), and its date "YYYY-MM-DD"; null when not given. */
  letter_no: Generated<string | null>;
  letter_date: Generated<string | null>;
  status: string;
  level: number;
  final_level: number | null;
  council: string;
  rule_id: string | null;
  route_reason_th: string | null;
  route_reason_en: string | null;
  /** JSON of the request machine's persisted state: { value, context }. */
  machine_state: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  level_entered_at: string;
  decided_at: string | null;
}

export interface RequestEventTable {
  id: string;
  request_id: string;
  seq: number;
  type: string;
  from_status: string;
  to_status: string;
  from_level: number;
  to_level: number;
  actor_id: string;
  on_behalf_of_id: string | null;
  /** The acting appointment under which the actor decided, if any. */
  appointment_id: string | null;
  comment: string | null;
  at: string;
  /** JSON of what the person had before them (version, content digest, balances); null on events older than it. */
  seen: Generated<string | null>;
  prev_hash: string;
  hash: string;
}

export interface TrackingCounterTable {
  prefix: string;
  fiscal_year: number;
  last_no: number;
}

export interface SessionTable {
  /** SHA-256 of the session token; the token itself is only ever in the cookie. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  reauthenticated_at: string;
}

export interface RoutingRuleTable {
  id: string;
  position: number;
  /** JSON of the shared RoutingRule. */
  definition: string;
  updated_at: string;
}

export interface PublicHolidayTable {
  date: string;
  name_th: string;
  name_en: string;
  kind: string;
  /** For a substitution day, the weekend holiday it stands in for. */
  substitutes: string | null;
}

export interface LevelTargetTable {
  /** 'default' for the office's table, or a request type whose target differs. */
  applies_to: string;
  level: number;
  days: number;
  updated_at: string;
}

export interface ActingAppointmentTable {
  id: string;
  acting_user_id: string;
  for_user_id: string | null;
  for_level: number | null;
  starts_at: string;
  ends_at: string;
  reason: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  /** The order that makes the appointment, as cited after "คำสั่ง"; null for appointments made before orders were recorded. */
  order_no: string | null;
  /** The order's date, YYYY-MM-DD (CE). */
  order_date: string | null;
  /** 'acting' (รักษาราชการแทน) or 'on_behalf' (ปฏิบัติราชการแทน). */
  kind: Generated<string>;
}

export interface AuditLogTable {
  id: string;
  seq: number;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON of the entity before the change; null when it was created. */
  before: string | null;
  /** JSON of the entity after the change; null when it was removed. */
  after: string | null;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface SignInAttemptTable {
  username_key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AttachmentTable {
  id: string;
  request_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: string;
  removed_at: string | null;
  removed_by: string | null;
}

export interface RequestRevisionTable {
  request_id: string;
  /** The seq of the SUBMIT or RESUBMIT event this content went with. */
  event_seq: number;
  /** JSON of the request content at that moment. */
  content: string;
  at: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  request_id: string;
  kind: string;
  event_type: string;
  from_level: number;
  to_level: number;
  to_status: string;
  created_at: string;
  read_at: string | null;
  /** The request_events seq of the event it tells of; null for the scheduler's notices. */
  event_seq: number | null;
}

export interface SurveyRoundTable {
  id: string;
  title: string;
  fiscal_year: number;
  opens_at: string;
  closes_at: string;
  /** The target share at level 5 in tenths of a percent (900 = 90.0 %). */
  target_tenths: number;
  /** Below this many respondents the results claim no pass or fail (default 30, the 2565 report's sample). */
  min_respondents: number;
  anonymous: Flag;
  /** JSON of { allUsers, levels, unitCodes }. */
  invitation: string;
  /** JSON of the ordered questions. */
  questions: string;
  /** HMAC key for anonymous respondents' edit keys; null once the round has closed. */
  response_secret: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** Who has answered a round, with no reference to what they answered. */
export interface SurveyParticipantTable {
  round_id: string;
  user_id: string;
  level: number;
  unit_code: string | null;
  answered_at: string;
}

export interface SurveyResponseTable {
  id: string;
  round_id: string;
  /** null in an anonymous round. */
  respondent_id: string | null;
  /** HMAC of the respondent under the round's secret, anonymous rounds only, until the round closes. */
  edit_key: string | null;
  /** null in an anonymous round. */
  submitted_at: string | null;
}

export interface SurveyAnswerTable {
  response_id: string;
  question_id: string;
  scale_value: number | null;
  text_value: string | null;
}

/** Who runs a scheduled task now: a lease taken with a conditional write, renewed by its holder, free once expired. */
export interface SchedulerLeaseTable {
  name: string;
  holder: string;
  acquired_at: string;
  expires_at: string;
}

export interface SchedulerRunTable {
  id: string;
  holder: string;
  started_at: string;
  finished_at: string | null;
  evaluated: number;
  reminders: number;
  escalations: number;
  error: string | null;
}

/** A reminder or escalation sent about one visit of a request to a level; unique per (request, visit, kind, level). */
export interface SchedulerJobTable {
  id: string;
  run_id: string;
  request_id: string;
  level: number;
  visit_started_at: string;
  kind: string;
  working_days: number;
  target_days: number;
  /** JSON of [{ userId, kind }]. */
  recipients: string;
  sent_at: string;
}

/** The column mapping an administrator last used to import a spreadsheet. */
export interface ImportMappingTable {
  user_id: string;
  /** JSON of { field: sheet header }. */
  mapping: string;
  updated_at: string;
}

export interface ImportBatchTable {
  id: string;
  file_name: string;
  sha256: string;
  imported_by: string;
  imported_at: string;
  request_count: number;
}

export interface ImportedRequestTable {
  request_id: string;
  batch_id: string;
  /** The row of the sheet (1 = the header row). */
  source_row: number;
  /** The sheet's own reference for the request (letter or tracking number), as written; null when it had none. */
  source_ref: string | null;
}

/** An email kind a user turned off (every kind is on by default). */
export interface EmailOptOutTable {
  user_id: string;
  kind: string;
}

export interface WebhookEndpointTable {
  id: string;
  url: string;
  description: string;
  /** HMAC-SHA256 key of the X-BMRTS-Signature header. */
  secret: string;
  active: Flag;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface WebhookSubscriptionTable {
  endpoint_id: string;
  event_type: string;
}

export interface OutboxTable {
  id: string;
  channel: string;
  user_id: string | null;
  notification_id: string | null;
  endpoint_id: string | null;
  request_id: string | null;
  topic: string;
  payload: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  claimed_by: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A budget line of one fiscal year: a unit's plan / project / category / item, or a central-fund item. */
export interface BudgetLineTable {
  id: string;
  fiscal_year: number;
  kind: string;
  unit_code: string | null;
  code: string;
  plan: string;
  project: string;
  category: string;
  item: string;
  central_item: string | null;
  appropriation_satang: number;
  /** Cached sums of the line's ledger entries by kind, written with them. */
  allotted_satang: Generated<number>;
  transfer_in_satang: Generated<number>;
  transfer_out_satang: Generated<number>;
  central_in_satang: Generated<number>;
  central_out_satang: Generated<number>;
  created_at: string;
  /** Cached count and sum of the pending claims drawing on the line (ledger/pending.ts), moved with them. */
  pending_count: Generated<number>;
  pending_satang: Generated<number>;
}

/** One movement of money on a line; append-only. */
export interface BudgetLedgerTable {
  id: string;
  line_id: string;
  kind: string;
  amount_satang: number;
  request_id: string | null;
  event_id: string | null;
  at: string;
}

/** A line a request's content names: drawn on ('draw') or paid into ('receive'). */
export interface RequestLineClaimTable {
  request_id: string;
  line_id: string;
  role: string;
  amount_satang: number;
}

/** How the Office checks the money: one row, 'office'. */
export interface BudgetCheckSettingsTable {
  id: string;
  /** JSON array of review levels whose approval is refused when a line is short. */
  enforce_levels: string;
  reserve_on_submit: Flag;
  updated_at: string;
}

export interface Database {
  budget_units: BudgetUnitTable;
  budget_lines: BudgetLineTable;
  budget_ledger: BudgetLedgerTable;
  request_line_claims: RequestLineClaimTable;
  budget_check_settings: BudgetCheckSettingsTable;
  org_divisions: OrgDivisionTable;
  org_sections: OrgSectionTable;
  users: UserTable;
  analyst_portfolios: AnalystPortfolioTable;
  executive_scopes: ExecutiveScopeTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  tracking_counters: TrackingCounterTable;
  sessions: SessionTable;
  routing_rules: RoutingRuleTable;
  public_holidays: PublicHolidayTable;
  level_targets: LevelTargetTable;
  acting_appointments: ActingAppointmentTable;
  audit_log: AuditLogTable;
  sign_in_attempts: SignInAttemptTable;
  attachments: AttachmentTable;
  request_revisions: RequestRevisionTable;
  notifications: NotificationTable;
  survey_rounds: SurveyRoundTable;
  survey_participants: SurveyParticipantTable;
  survey_responses: SurveyResponseTable;
  survey_answers: SurveyAnswerTable;
  scheduler_leases: SchedulerLeaseTable;
  scheduler_runs: SchedulerRunTable;
  scheduler_jobs: SchedulerJobTable;
  import_mappings: ImportMappingTable;
  import_batches: ImportBatchTable;
  imported_requests: ImportedRequestTable;
  email_opt_outs: EmailOptOutTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  outbox: OutboxTable;
}

export type UserRow = Selectable<UserTable>;
export type RequestRow = Selectable<RequestTable>;
export type NewRequestRow = Insertable<RequestTable>;
export type RequestRowUpdate = Updateable<RequestTable>;
export type ActingAppointmentRow = Selectable<ActingAppointmentTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type RequestEventRow = Selectable<RequestEventTable>;
export type NewRequestEventRow = Insertable<RequestEventTable>;
export type SurveyRoundRow = Selectable<SurveyRoundTable>;
export type OutboxRow = Selectable<OutboxTable>;
