// English strings of an honest survey result; mirrors th-survey-honesty.ts.
export const enSurveyHonesty = {
  surveyHonesty: {
    nav: 'Satisfaction survey',
    tooFew: 'Cannot conclude yet',
    tooFewWhy: '{{n}} of {{invited}} answered, fewer than the minimum of {{minimum}}',
    tooFewNote: '{{percent}} % from so few answers cannot be measured against the {{target}} % target',
    sample: 'n = {{n}} respondents of {{invited}} invited (response rate {{rate}} %)',
    interval: '95 % confidence interval: {{lower}}–{{upper}} %',
    intervalShort: '95 %: {{lower}}–{{upper}}',
    intervalHelp:
      'Had every invited person answered, the true share would likely lie in this range (Wilson score interval); the fewer the answers, the wider it is',
    minimum: 'Concluded from {{minimum}} respondents on',
    sides: {
      above: 'The whole interval lies above the target',
      across: 'The interval spans the target: the pass or fail may be down to who happened to answer',
      below: 'The whole interval lies below the target',
    },
    minimumLabel: 'Minimum respondents to conclude',
    minimumHint:
      'With fewer respondents the results say "cannot conclude yet" instead of pass or fail; default 30 (the 2565 report’s sample)',
    needMinimum: 'The minimum must be a whole number from 1 to 10,000',
    respondentAnonymous:
      'This survey is anonymous: administrators see only that you answered, not what you answered, and when it closes the link between you and your answers is erased',
    respondentNamed: 'This survey is not anonymous: administrators see your name beside your answers',
  },
};
