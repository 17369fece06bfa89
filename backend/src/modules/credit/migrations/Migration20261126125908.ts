import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126125908 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_account" drop constraint if exists "credit_account_dealer_id_unique";`);
    this.addSql(`create table if not exists "credit_account" ("id" text not null, "dealer_id" text not null, "currency_code" text not null default 'cny', "credit_limit" numeric not null default 0, "payment_terms_days" integer not null default 0, "status" text check ("status" in ('active', 'frozen')) not null default 'active', "raw_credit_limit" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_account_deleted_at" ON "credit_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_account_dealer_id_unique" ON "credit_account" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_entry" ("id" text not null, "type" text check ("type" in ('hold', 'release', 'charge', 'repayment', 'refund', 'adjustment', 'limit_change', 'topup', 'prepaid_spend', 'prepaid_refund')) not null, "amount" numeric not null, "order_id" text null, "reference" text null, "due_at" timestamptz null, "actor_type" text check ("actor_type" in ('staff', 'dealer', 'system')) not null, "actor_id" text null, "note" text null, "account_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_entry_account_id" ON "credit_entry" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_entry_deleted_at" ON "credit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_entry_account_id_created_at" ON "credit_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_entry_order_id" ON "credit_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payment_slip" ("id" text not null, "dealer_id" text not null, "kind" text check ("kind" in ('order_payment', 'topup')) not null, "order_id" text null, "amount" numeric not null, "reference_code" text not null, "payer_name" text null, "file_id" text not null, "file_name" text not null, "file_mime" text not null, "status" text check ("status" in ('pending', 'confirmed', 'rejected')) not null default 'pending', "uploaded_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_slip_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_slip_deleted_at" ON "payment_slip" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_slip_status_created_at" ON "payment_slip" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_slip_dealer_id" ON "payment_slip" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_slip_order_id" ON "payment_slip" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "credit_entry" add constraint "credit_entry_account_id_foreign" foreign key ("account_id") references "credit_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "credit_entry" drop constraint if exists "credit_entry_account_id_foreign";`);

    this.addSql(`drop table if exists "credit_account" cascade;`);

    this.addSql(`drop table if exists "credit_entry" cascade;`);

    this.addSql(`drop table if exists "payment_slip" cascade;`);
  }

}
