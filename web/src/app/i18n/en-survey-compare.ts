// The English strings of the change between two compared survey rounds; mirrors th-survey-compare.ts.
export const enSurveyCompare = {
  surveyCompare: {
    cannotConclude: 'Cannot conclude yet',
    because: {
      too_few: '{{title}}: {{n}} answered, fewer than the minimum of {{minimum}}',
      no_answers: '{{title}}: nobody has answered',
    },
    points: '{{change}} points',
    overlap: 'The two rounds’ 95% intervals overlap: the difference could be chance, not yet a change',
    apart: 'The two rounds’ 95% intervals do not overlap: a change larger than chance',
  },
};
