import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126123411 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_address" ("id" text not null, "contact_name" text not null, "phone" text not null, "province" text not null, "city" text not null, "district" text not null, "address" text not null, "postal_code" text null, "is_default" boolean not null default false, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_address_dealer_id" ON "dealer_address" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_address_deleted_at" ON "dealer_address" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_address" add constraint "dealer_address_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_address" cascade;`);
  }

}
