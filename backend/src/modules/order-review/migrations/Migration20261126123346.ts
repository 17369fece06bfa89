import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126123346 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_review" drop constraint if exists "order_review_order_id_unique";`);
    this.addSql(`create table if not exists "order_review" ("id" text not null, "order_id" text not null, "dealer_id" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'changes_requested', 'cancelled')) not null default 'pending', "stage_index" integer not null default 0, "stage_id" text null, "stage_name" text null, "checks" jsonb null, "auto_approved" boolean not null default false, "reason" text null, "change_message" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_deleted_at" ON "order_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_review_order_id_unique" ON "order_review" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_status_created_at" ON "order_review" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_dealer_id" ON "order_review" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_review_decision" ("id" text not null, "action" text check ("action" in ('submitted', 'approve', 'reject', 'request_changes', 'auto_approve', 'changes_confirmed', 'changes_declined', 'cancelled')) not null, "stage_id" text null, "stage_name" text null, "actor_type" text check ("actor_type" in ('staff', 'dealer', 'system')) not null, "actor_id" text null, "reason" text null, "data" jsonb null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_review_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_decision_review_id" ON "order_review_decision" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_decision_deleted_at" ON "order_review_decision" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_review_rule" ("id" text not null, "name" text not null, "enabled" boolean not null default true, "max_total" numeric null, "tier_group_id" text null, "require_all_checks" boolean not null default true, "raw_max_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_review_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_rule_deleted_at" ON "order_review_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_review_stage" ("id" text not null, "name" text not null, "rank" integer not null default 0, "user_ids" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_review_stage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_review_stage_deleted_at" ON "order_review_stage" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "order_review_decision" add constraint "order_review_decision_review_id_foreign" foreign key ("review_id") references "order_review" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_review_decision" drop constraint if exists "order_review_decision_review_id_foreign";`);

    this.addSql(`drop table if exists "order_review" cascade;`);

    this.addSql(`drop table if exists "order_review_decision" cascade;`);

    this.addSql(`drop table if exists "order_review_rule" cascade;`);

    this.addSql(`drop table if exists "order_review_stage" cascade;`);
  }

}
