// The English strings of the phone layout; th-phone.ts holds the Thai.
export const enPhone = {
  phone: {
    menu: 'Menu',
    menuLabel: 'Open the main menu',
    stepOf: 'Level {{level}} of {{final}}',
    stepAt: 'Level {{level}}',
    allPassed: 'Passed all {{final}} levels',
    showPath: 'Show every level',
    hidePath: 'Hide the detail',
    filters: 'Filters',
    filtersCount: 'Filters ({{n}})',
  },
};
