import { sql, type Kysely } from 'kysely';

// Migrations see the database as it was when they were written, not as the current types say.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Records, revision, change log (append-only), accounts and idempotency keys. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('record')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('body', 'json', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .addPrimaryKeyConstraint('record_pk', ['kind', 'id'])
    .addCheckConstraint('record_kind', sql`kind in ('partner', 'pillar', 'route', 'project', 'meta')`)
    .execute();

  await db.schema
    .createTable('revision')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('revision').values({ id: 1, value: 0 }).execute();

  await db.schema
    .createTable('account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('coordinator', 'partner', 'reader')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('change_log')
    .addColumn('seq', 'serial', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('organization', 'text')
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull().check(sql`change in ('create', 'update', 'withdraw')`))
    .addColumn('patch', 'json', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_log_record').on('change_log').columns(['record_kind', 'record_id']).execute();

  // Append-only in the database itself, whatever the code above it does.
  await sql`create function change_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'change_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end
  $$`.execute(db);
  await sql`create trigger change_log_no_update_delete before update or delete on change_log
    for each row execute function change_log_append_only()`.execute(db);
  await sql`create trigger change_log_no_truncate before truncate on change_log
    for each statement execute function change_log_append_only()`.execute(db);

  await db.schema
    .createTable('idempotency_key')
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'json')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_key_pk', ['account_id', 'key'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('idempotency_key').execute();
  await db.schema.dropTable('change_log').execute();
  await sql`drop function change_log_append_only()`.execute(db);
  await db.schema.dropTable('account').execute();
  await db.schema.dropTable('revision').execute();
  await db.schema.dropTable('record').execute();
}
