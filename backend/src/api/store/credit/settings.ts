import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type CreditSettings = {
  hold_orders_when_overdue: boolean
  bank: { account_name: string; bank_name: string; account_number: string }
}

const DEFAULT_BANK = { account_name: "", bank_name: "", account_number: "" }

/** Store-wide payment settings, in the store's metadata: receiving bank account, overdue hold. */
export async function creditSettings(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["id", "metadata"], pagination: { take: 1 } })
  const saved = ((data[0] as any)?.metadata?.credit ?? {}) as Partial<CreditSettings>
  return {
    storeId: (data[0] as any)?.id as string,
    metadata: ((data[0] as any)?.metadata ?? {}) as Record<string, unknown>,
    settings: { hold_orders_when_overdue: !!saved.hold_orders_when_overdue, bank: { ...DEFAULT_BANK, ...(saved.bank ?? {}) } } as CreditSettings,
  }
}
