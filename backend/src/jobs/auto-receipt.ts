import type { MedusaContainer } from "@medusajs/framework/types"
import { autoConfirmReceipts } from "../workflows/logistics/lib/auto-confirm-receipts"

/** Daily: receipt is confirmed for packages delivered long enough ago (setting auto_receipt_days). */
export default async function autoReceiptJob(container: MedusaContainer) {
  const run = await autoConfirmReceipts(container)
  container.resolve("logger").info(`auto receipt: ${run.confirmed.length} package(s)`)
}

export const config = { name: "auto-receipt", schedule: "30 2 * * *" }
