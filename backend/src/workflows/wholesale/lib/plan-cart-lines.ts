import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { checkQuantity } from "../../../modules/wholesale/rules"
import type { WholesaleCode } from "../../../modules/wholesale/messages"
import { loadVariantFacts, variantTitle } from "./variant-rules"

export type WantedLine = { line: number; sku?: string; variant_id?: string; quantity: number }
export type PlannedLine = { line: number; sku: string | null; variant_id: string; quantity: number; title: string }
export type RefusedLine = { line: number; sku: string | null; quantity: number | null; title?: string; code: WholesaleCode; params: Record<string, string | number> }

/**
 * Decides, line by line, what can go into a cart: the product exists and is on
 * sale, the quantity meets the ordering rules (counting what the cart already
 * holds of it) and stock covers it. Nothing is changed here.
 */
export async function planCartLines(
  container: MedusaContainer,
  input: { lines: WantedLine[]; inCart: Map<string, number>; salesChannelId?: string }
): Promise<{ accepted: PlannedLine[]; refused: RefusedLine[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = input.lines.map((l) => l.sku).filter(Boolean) as string[]
  const ids = input.lines.map((l) => l.variant_id).filter(Boolean) as string[]
  const or = [...(skus.length ? [{ sku: skus }] : []), ...(ids.length ? [{ id: ids }] : [])]
  const { data: variants } = or.length
    ? await query.graph({
        entity: "variant",
        fields: ["id", "sku", "title", "manage_inventory", "allow_backorder", "product.title", "product.status", "deleted_at"],
        filters: { $or: or } as any,
      })
    : { data: [] as any[] }
  const bySku = new Map<string, any>(variants.map((v: any) => [String(v.sku).toLowerCase(), v] as [string, any]))
  const byId = new Map<string, any>(variants.map((v: any) => [v.id, v] as [string, any]))
  const live = variants.filter((v: any) => v.product?.status === "published")
  const [facts, availability] = await Promise.all([
    loadVariantFacts(container, live.map((v: any) => v.id)),
    live.length && input.salesChannelId
      ? getVariantAvailability(query, { variant_ids: live.map((v: any) => v.id), sales_channel_id: input.salesChannelId })
      : ({} as Record<string, { availability: number }>),
  ])

  const accepted: PlannedLine[] = []
  const refused: RefusedLine[] = []
  const planned = new Map(input.inCart)
  for (const line of input.lines) {
    const v: any = line.variant_id ? byId.get(line.variant_id) : bySku.get(String(line.sku).toLowerCase())
    const sku = v?.sku ?? line.sku ?? null
    if (!v) {
      refused.push({ line: line.line, sku, quantity: line.quantity, code: "unknown_sku", params: { sku: sku ?? "" } })
      continue
    }
    const title = variantTitle(v.product?.title, v.title)
    const refuse = (code: WholesaleCode, params: Record<string, string | number> = {}) =>
      refused.push({ line: line.line, sku, quantity: line.quantity, title, code, params: { title, sku: sku ?? "", ...params } })
    if (v.product?.status !== "published") {
      refuse("unavailable")
      continue
    }
    const total = (planned.get(v.id) ?? 0) + line.quantity
    const tracked = v.manage_inventory && !v.allow_backorder
    const available = Number(availability[v.id]?.availability ?? 0)
    if (tracked && available <= 0) {
      refuse("out_of_stock")
      continue
    }
    const problem = checkQuantity(facts.get(v.id)?.rule, total)
    if (problem) {
      refuse(problem.code, problem.params)
      continue
    }
    if (tracked) {
      if (total > available) {
        refuse("insufficient_stock", { available })
        continue
      }
    }
    planned.set(v.id, total)
    accepted.push({ line: line.line, sku, variant_id: v.id, quantity: line.quantity, title })
  }
  return { accepted, refused }
}
