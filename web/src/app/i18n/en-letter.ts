// The English strings of the unit's letter on a request; mirrors th-letter.ts.
export const enLetter = {
  letter: {
    number: 'Letter number',
    numberHint: 'The number of the unit’s letter sending this request, e.g. กท 5101/1201 (if any)',
    date: 'Letter dated',
    cited: 'Letter {{no}}',
    numberDated: '{{no}} dated {{date}}',
  },
};
