import type { MedusaContainer } from "@medusajs/framework/types"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { creditSettings } from "../../api/store/credit/settings"

/** The demo brand owner's receiving bank account for transfers, unless staff already set one. */
export async function ensureDemoCreditSettings(container: MedusaContainer) {
  const { storeId, metadata, settings } = await creditSettings(container)
  if (settings.bank.account_number) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        metadata: {
          ...metadata,
          credit: {
            ...settings,
            bank: { account_name: "DealerMall 演示品牌有限公司", bank_name: "招商银行上海张江支行", account_number: "6214 8321 0000 8888" },
          },
        },
      },
    },
  })
}
