// The English strings of the date, date-time, file and amount inputs; years stay Buddhist Era, as everywhere in the app.
import type { Strings } from './catalogue';
import type { thDates } from './th-dates';

export const enDates: Strings<typeof thDates> = {
  dateInput: {
    date: 'the date',
    placeholder: 'd/m/yyyy (BE)',
    format: 'Type day/month/year in Buddhist Era (BE = CE + 543), e.g. {{example}}, or pick from the calendar',
    invalid: 'This is not a date that exists. Type day/month/BE year, e.g. {{example}}',
    openCalendar: 'Pick {{label}} from the calendar',
    calendar: 'Calendar',
    month: 'Month',
    year: 'Year (BE)',
    yearValue: '{{year}}',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    clear: 'Clear',
    close: 'Close',
    time: 'Time',
    timePlaceholder: 'hh:mm',
    timeInvalid: 'This is not a time. Type it in 24 hours, e.g. 09:00 or 16:30',
    timeOf: '{{label}} time (24-hour)',
  },
  fileInput: {
    choose: 'Choose file',
    none: 'No file chosen',
  },
};
