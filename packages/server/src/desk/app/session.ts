/**
 * The signed-in key: kept in this tab's sessionStorage (never localStorage, never a URL), sent
 * only to this origin's API and /desk/key. Sign out forgets it.
 */
import type { Role } from '@pact/sdk';

const STORE = 'pact-desk-key';

export interface Identity {
  account: string;
  organization: string;
  role: Role;
}

export type WhoIs = { ok: true; who: Identity } | { ok: false; status: number };

export const savedKey = (): string | null => sessionStorage.getItem(STORE);
export const saveKey = (key: string): void => sessionStorage.setItem(STORE, key);
export const forgetKey = (): void => sessionStorage.removeItem(STORE);

/** Asks the server whom the key belongs to (401 for an unknown or revoked key). */
export async function whoIs(key: string): Promise<WhoIs> {
  const res = await fetch('/desk/key', { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' });
  if (!res.ok) return { ok: false, status: res.status };
  return { ok: true, who: (await res.json()) as Identity };
}
