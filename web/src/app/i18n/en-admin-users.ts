// The English strings of the users page's paging and unit filter; mirrors th-admin-users.ts.
export const enAdminUsers = {
  adminUsers: {
    unit: 'Budget unit',
    anyUnit: 'All units',
    showMore: 'Show more users',
    levelShort: 'Level {{level}}',
  },
};
