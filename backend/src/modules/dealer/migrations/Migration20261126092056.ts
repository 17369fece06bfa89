import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126092056 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_member" drop constraint if exists "dealer_member_customer_id_unique";`);
    this.addSql(`alter table if exists "dealer" drop constraint if exists "dealer_uscc_unique";`);
    this.addSql(`create table if not exists "dealer" ("id" text not null, "company_name" text not null, "uscc" text not null, "uscc_checksum_ok" boolean not null, "contact_name" text not null, "mobile" text not null, "email" text not null, "province" text not null, "city" text not null, "district" text not null, "address" text not null, "license_file_id" text not null, "license_file_name" text not null, "license_mime" text not null, "status" text check ("status" in ('pending', 'info_requested', 'approved', 'rejected', 'suspended')) not null default 'pending', "tier_group_id" text null, "credit_limit" numeric null, "payment_terms_days" integer null, "review_note" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "raw_credit_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_deleted_at" ON "dealer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_uscc_unique" ON "dealer" ("uscc") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_status_created_at" ON "dealer" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_group_id" ON "dealer" ("tier_group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_event" ("id" text not null, "action" text not null, "actor_type" text check ("actor_type" in ('staff', 'dealer', 'system')) not null, "actor_id" text null, "note" text null, "data" jsonb null, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_dealer_id" ON "dealer_event" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_deleted_at" ON "dealer_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_member" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('owner', 'buyer', 'finance')) not null, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_member_dealer_id" ON "dealer_member" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_member_deleted_at" ON "dealer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_member_customer_id_unique" ON "dealer_member" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_event" add constraint "dealer_event_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "dealer_member" add constraint "dealer_member_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_event" drop constraint if exists "dealer_event_dealer_id_foreign";`);

    this.addSql(`alter table if exists "dealer_member" drop constraint if exists "dealer_member_dealer_id_foreign";`);

    this.addSql(`drop table if exists "dealer" cascade;`);

    this.addSql(`drop table if exists "dealer_event" cascade;`);

    this.addSql(`drop table if exists "dealer_member" cascade;`);
  }

}
