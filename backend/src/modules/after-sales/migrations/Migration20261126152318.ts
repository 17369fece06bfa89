import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126152318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "after_sales_event" ("id" text not null, "case_id" text not null, "action" text check ("action" in ('requested', 'accepted', 'rejected', 'received', 'refunded', 'completed', 'canceled', 'note')) not null, "actor_type" text check ("actor_type" in ('dealer', 'staff', 'system')) not null, "actor_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "after_sales_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_event_case_id" ON "after_sales_event" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_event_deleted_at" ON "after_sales_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "after_sales_event" add constraint "after_sales_event_case_id_foreign" foreign key ("case_id") references "after_sales_case" ("id") on update cascade;`);

    this.addSql(`alter table if exists "after_sales_case" drop constraint if exists "after_sales_case_status_check";`);

    this.addSql(`alter table if exists "after_sales_case" add column if not exists "return_id" text null, add column if not exists "refund_amount" numeric null, add column if not exists "refund_method" text null, add column if not exists "raw_refund_amount" jsonb null;`);
    this.addSql(`alter table if exists "after_sales_case" add constraint "after_sales_case_status_check" check("status" in ('requested', 'accepted', 'rejected', 'received', 'completed', 'canceled'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "after_sales_event" cascade;`);

    this.addSql(`alter table if exists "after_sales_case" drop constraint if exists "after_sales_case_status_check";`);

    this.addSql(`alter table if exists "after_sales_case" drop column if exists "return_id", drop column if exists "refund_amount", drop column if exists "refund_method", drop column if exists "raw_refund_amount";`);

    this.addSql(`alter table if exists "after_sales_case" add constraint "after_sales_case_status_check" check("status" in ('requested', 'accepted', 'rejected', 'completed', 'canceled'));`);
  }

}
