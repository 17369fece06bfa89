import type { MedusaContainer } from "@medusajs/framework/types"
import { creditError } from "../../../modules/credit/credit-error"
import { openItems } from "../../../modules/credit/balances"
import { accountOf } from "../../../workflows/credit/lib/account"
import { creditSettings } from "./settings"

/** With the store's overdue hold on, a dealer with debt past its due date cannot submit new orders. */
export async function refuseWhenOverdue(container: MedusaContainer, dealerId: string) {
  const { settings } = await creditSettings(container)
  if (!settings.hold_orders_when_overdue) return
  const { entries } = await accountOf(container, dealerId)
  const overdue = openItems(entries as any).filter((i) => i.overdue).reduce((s, i) => s + i.open, 0)
  if (overdue > 0) throw creditError("overdue_debt", { overdue: Math.round(overdue * 100) / 100 })
}
