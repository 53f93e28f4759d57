// Shared by `npm run data:large` and the page benchmark: the password of every account in the L data set.
export const LARGE_PASSWORD = 'Large-data-2026!';
