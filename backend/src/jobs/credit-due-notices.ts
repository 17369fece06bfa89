import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDueNotices } from "../workflows/credit/lib/send-due-notices"

/** Every morning at 09:00 China time: reminders of on-account debt due soon or overdue. */
export default async function creditDueNotices(container: MedusaContainer) {
  const run = await sendDueNotices(container)
  container.resolve("logger").info(`credit due notices ${run.day}: ${run.dealers.length} dealer(s)`)
}

export const config = { name: "credit-due-notices", schedule: "0 1 * * *" }
