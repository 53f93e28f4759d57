// Usernames for approved account requests: firstname.surname, then firstname.surname2, 3, ...

function part(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '');
}

export function usernameBase(firstName: string, lastName: string): string {
  const base = [part(firstName), part(lastName)].filter(Boolean).join('.');
  return base || 'user';
}

/** The first candidate not in `taken` (the database's unique index is the final arbiter). */
export function nextFreeUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
