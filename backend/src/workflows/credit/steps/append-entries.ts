import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import type { EntryType } from "../../../modules/credit/models/credit-entry"

export type NewEntry = {
  type: EntryType
  amount: number
  order_id?: string | null
  reference?: string | null
  due_at?: Date | null
  actor_type: "staff" | "dealer" | "system"
  actor_id?: string | null
  note?: string | null
}

/**
 * Appends ledger entries. If the workflow fails later they are removed: they
 * never took effect. Once a workflow completes, entries are never touched;
 * corrections are new entries.
 */
export const appendCreditEntriesStep = createStep(
  "append-credit-entries",
  async (input: { account_id: string; entries: NewEntry[] }, { container }) => {
    if (!input.entries.length) return new StepResponse([] as string[], [] as string[])
    const created = (await container
      .resolve<CreditModuleService>(CREDIT_MODULE)
      .createCreditEntries(input.entries.map((e) => ({ ...e, account_id: input.account_id })) as any)) as unknown as { id: string }[]
    const ids = created.map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CreditModuleService>(CREDIT_MODULE).deleteCreditEntries(ids)
  }
)
