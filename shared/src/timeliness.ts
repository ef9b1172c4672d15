// Target time at each review level, in working days (DOMAIN.md §5 defaults; administrators may change them).
export const DEFAULT_LEVEL_TARGET_DAYS: Readonly<Record<number, number>> = { 2: 3, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3 };
