// Every survey administration screen, gathered so the router loads them as one lazy chunk (the chart stays out of it:
// the results page loads its chart lazily).
import './survey-honesty.css';
export { SurveyComparePage } from './compare-page';
export { SurveyResultsPage } from './results-page';
export { SurveyRoundFormPage } from './round-form-page';
export { SurveyRoundsPage } from './rounds-page';
export { SurveySummaryPrintPage } from './summary-print-page';
