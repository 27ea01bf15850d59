import { sql, type Kysely } from 'kysely';

// Migrations see the database as it was when they were written, not as the current types say.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Partnerships and timeline events (issue 16) are records like the others, stored whole as JSON in
 * `record` with their own kinds, so that import, export, the revision and the change feed cover
 * them: this widens the kinds the table accepts.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table record drop constraint record_kind`.execute(db);
  await sql`alter table record add constraint record_kind
    check (kind in ('partner', 'pillar', 'route', 'project', 'partnership', 'event', 'meta'))`.execute(db);
}

/** Refused while partnership or event records exist (the narrower check would not hold). */
export async function down(db: AnyDb): Promise<void> {
  await sql`alter table record drop constraint record_kind`.execute(db);
  await sql`alter table record add constraint record_kind
    check (kind in ('partner', 'pillar', 'route', 'project', 'meta'))`.execute(db);
}
