import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126120638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wholesale_variant_rule" drop constraint if exists "wholesale_variant_rule_variant_id_unique";`);
    this.addSql(`alter table if exists "wholesale_tier" drop constraint if exists "wholesale_tier_customer_group_id_unique";`);
    this.addSql(`alter table if exists "wholesale_dealer_contract" drop constraint if exists "wholesale_dealer_contract_dealer_id_unique";`);
    this.addSql(`create table if not exists "wholesale_dealer_contract" ("id" text not null, "dealer_id" text not null, "customer_group_id" text not null, "price_list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_dealer_contract_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_dealer_contract_deleted_at" ON "wholesale_dealer_contract" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_dealer_contract_dealer_id_unique" ON "wholesale_dealer_contract" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wholesale_order_list" ("id" text not null, "dealer_id" text not null, "name" text not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_order_list_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_order_list_deleted_at" ON "wholesale_order_list" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_order_list_dealer_id" ON "wholesale_order_list" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wholesale_order_list_item" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "order_list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_order_list_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_order_list_item_order_list_id" ON "wholesale_order_list_item" ("order_list_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_order_list_item_deleted_at" ON "wholesale_order_list_item" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wholesale_tier" ("id" text not null, "name" text not null, "rank" integer not null default 0, "customer_group_id" text not null, "price_list_id" text null, "min_order_amount" numeric null, "raw_min_order_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_tier_deleted_at" ON "wholesale_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_tier_customer_group_id_unique" ON "wholesale_tier" ("customer_group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wholesale_variant_rule" ("id" text not null, "variant_id" text not null, "min_quantity" integer null, "multiple" integer null, "max_quantity" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_variant_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_variant_rule_deleted_at" ON "wholesale_variant_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_variant_rule_variant_id_unique" ON "wholesale_variant_rule" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "wholesale_order_list_item" add constraint "wholesale_order_list_item_order_list_id_foreign" foreign key ("order_list_id") references "wholesale_order_list" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "wholesale_order_list_item" drop constraint if exists "wholesale_order_list_item_order_list_id_foreign";`);

    this.addSql(`drop table if exists "wholesale_dealer_contract" cascade;`);

    this.addSql(`drop table if exists "wholesale_order_list" cascade;`);

    this.addSql(`drop table if exists "wholesale_order_list_item" cascade;`);

    this.addSql(`drop table if exists "wholesale_tier" cascade;`);

    this.addSql(`drop table if exists "wholesale_variant_rule" cascade;`);
  }

}
