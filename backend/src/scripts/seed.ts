import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoCategories } from "./demo/categories"
import { demoProducts } from "./demo/products"
import { validateDemoCatalog } from "./demo/validate"
import { ensureStoreSetup } from "./seed/store-setup"
import { ensureWarehouse } from "./seed/warehouse"
import { ensureCategories } from "./seed/categories"
import { ensureProducts } from "./seed/products"
import { ensureAdminUser } from "./seed/admin-user"
import { ensureDemoDealers } from "./seed/dealers"
import { ensureDemoWholesale } from "./seed/wholesale"
import { ensureDemoCreditSettings } from "./seed/credit"

/**
 * Seeds the demo brand owner. Safe to run on every start: each step looks for
 * what it would create and creates only what is missing.
 * DEALERMALL_STATE_FILE, when set, receives the storefront key and any new
 * admin password as JSON for the start script.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const problems = validateDemoCatalog(demoCategories, demoProducts)
  if (problems.length) throw new Error(`Demo catalog is invalid:\n${problems.join("\n")}`)

  const setup = await ensureStoreSetup(container)
  const warehouse = await ensureWarehouse(container, setup)
  const categoryIds = await ensureCategories(container, demoCategories)
  const { created, existing } = await ensureProducts(container, demoProducts, {
    salesChannelId: setup.salesChannelId,
    stockLocationId: warehouse.stockLocationId,
    shippingProfileId: warehouse.shippingProfileId,
    categoryIds,
  })
  logger.info(`Demo catalog: ${created} products created, ${existing} already present`)
  const admin = await ensureAdminUser(container)
  const dealers = await ensureDemoDealers(container, admin.userId)
  logger.info(`Demo dealers: ${dealers.created} created`)
  const wholesale = await ensureDemoWholesale(container)
  logger.info(`Demo wholesale terms: ${wholesale.tiers} tiers priced`)
  await ensureDemoCreditSettings(container)

  const stateFile = process.env.DEALERMALL_STATE_FILE
  if (stateFile) {
    fs.mkdirSync(path.dirname(stateFile), { recursive: true })
    fs.writeFileSync(
      stateFile,
      JSON.stringify({ publishableKey: setup.publishableKey, admin }, null, 2),
      { mode: 0o600 }
    )
  } else {
    logger.info(`Storefront publishable key: ${setup.publishableKey}`)
  }
}
