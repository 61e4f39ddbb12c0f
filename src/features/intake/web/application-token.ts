/**
 * Where the form finds its application: the link's `#<token>` (from the continue link or the
 * receipt), else the draft this browser started for the programme and role. Kept in
 * localStorage so a person who closes the page on their phone comes back to their answers; it
 * is forgotten once the application is sent.
 */
const key = (slug: string, role: string) => `makker.application.${slug}.${role}`;
const TOKEN = /^[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/;

export function tokenFromHash(hash: string): string | null {
  const candidate = decodeURIComponent(hash.replace(/^#/, ''));
  return TOKEN.test(candidate) ? candidate : null;
}

export function storedToken(slug: string, role: string): string | null {
  try {
    const value = localStorage.getItem(key(slug, role));
    return value && TOKEN.test(value) ? value : null;
  } catch {
    return null; // storage switched off: the continue link still works
  }
}

export function storeToken(slug: string, role: string, token: string | null): void {
  try {
    if (token) localStorage.setItem(key(slug, role), token);
    else localStorage.removeItem(key(slug, role));
  } catch {
    // as above
  }
}
