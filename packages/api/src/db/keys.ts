import { createHash, randomBytes } from 'node:crypto';
import type { Account } from './authorize.js';
import type { Connection } from './connection.js';
import { ROLES, type Role } from './tables.js';

/** What `keys list` shows: never the token, never its hash. */
export interface KeyInfo {
  id: string;
  partnerId: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export class KeyError extends Error {
  override name = 'KeyError';
}

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/**
 * Creates a key for a live partner with a role. The token (`pact_` + 43 base64url characters,
 * 256 random bits) is in the answer once; only its SHA-256 is stored.
 */
export async function createKey(
  conn: Connection,
  options: { partner: string; role: string },
): Promise<KeyInfo & { token: string }> {
  const role = ROLES.find((r) => r === options.role);
  if (!role) throw new KeyError(`role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
  const partner = await conn.db
    .selectFrom('record')
    .select('id')
    .where('kind', '=', 'partner')
    .where('id', '=', options.partner)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (!partner) throw new KeyError(`partner "${options.partner}" does not exist`);
  const token = `pact_${randomBytes(32).toString('base64url')}`;
  const row = await conn.db
    .insertInto('account')
    .values({
      id: `key_${randomBytes(8).toString('hex')}`,
      partner_id: partner.id,
      role,
      token_hash: hash(token),
      created_at: new Date(),
      last_used_at: null,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...info(row), token };
}

function info(row: {
  id: string;
  partner_id: string;
  role: Role;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): KeyInfo {
  return {
    id: row.id,
    partnerId: row.partner_id,
    role: row.role,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

/** The account of a valid, unrevoked token (and records its use), or null. */
export async function verifyKey(conn: Connection, token: string): Promise<Account | null> {
  if (!/^pact_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await conn.db
    .updateTable('account')
    .set({ last_used_at: new Date() })
    .where('token_hash', '=', hash(token))
    .where('revoked_at', 'is', null)
    .returning(['id', 'partner_id', 'role'])
    .executeTakeFirst();
  return row ? { id: row.id, partnerId: row.partner_id, role: row.role } : null;
}

export async function listKeys(conn: Connection): Promise<KeyInfo[]> {
  const rows = await conn.db
    .selectFrom('account')
    .select(['id', 'partner_id', 'role', 'created_at', 'last_used_at', 'revoked_at'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(info);
}

/** Revokes a key; false when no unrevoked key has that id. */
export async function revokeKey(conn: Connection, id: string): Promise<boolean> {
  const row = await conn.db
    .updateTable('account')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
