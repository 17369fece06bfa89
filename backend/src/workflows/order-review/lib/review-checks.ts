import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { check, type ReviewChecks } from "../../../modules/order-review/checks"
import { wholesaleMessage } from "../../../modules/wholesale/messages"
import { clean } from "../../../modules/wholesale/wholesale-error"
import { checkCartLines } from "../../wholesale/lib/check-cart"
import { accountOf } from "../../credit/lib/account"
import { heldFor } from "../../../modules/credit/balances"

const yuan = (n: number) => `¥${n.toLocaleString("zh-CN", { maximumFractionDigits: 2 })}`

/**
 * What a reviewer should know before deciding: information complete, stock
 * reserved for every line, the total against the dealer's credit, prices
 * that differ from the dealer's price now, ordering rules. Messages are Chinese:
 * staff read them in the admin.
 */
export async function computeChecks(container: MedusaContainer, order: any, dealer: any | null): Promise<ReviewChecks> {
  const items: any[] = order.items ?? []
  const total = Number(order.total ?? 0)

  const a = order.shipping_address ?? {}
  const missing = [
    ["收货人", a.first_name || a.last_name],
    ["电话", a.phone],
    ["地址", a.address_1],
    ["城市", a.city],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k)
  const info = missing.length ? check("fail", `缺少${missing.join("、")}`, { missing }) : check("ok", "收货信息完整")

  const inventory = container.resolve(Modules.INVENTORY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = items.map((i) => i.variant_id).filter(Boolean)
  const [{ data: variants }, reservations] = await Promise.all([
    variantIds.length
      ? query.graph({ entity: "variant", fields: ["id", "manage_inventory"], filters: { id: variantIds } })
      : Promise.resolve({ data: [] as any[] }),
    items.length ? inventory.listReservationItems({ line_item_id: items.map((i) => i.id) }, { take: null }) : Promise.resolve([]),
  ])
  const managed = new Set(variants.filter((v: any) => v.manage_inventory).map((v: any) => v.id))
  const reservedOf = new Map<string, number>()
  for (const r of reservations as any[]) reservedOf.set(r.line_item_id, (reservedOf.get(r.line_item_id) ?? 0) + Number(r.quantity))
  const short = items.filter((i) => managed.has(i.variant_id) && (reservedOf.get(i.id) ?? 0) < i.quantity)
  const stock = short.length
    ? check("fail", `库存未锁定：${short.map((i) => i.variant_sku ?? i.title).join("、")}`, { lines: short.map((i) => i.id) })
    : check("ok", "所有商品已锁定库存")

  const credit = await creditCheck(container, order, dealer, total)

  const prices = await priceCheck(container, order, items)

  const problems = await checkCartLines(container, { customer_id: order.customer_id, items }, { minOrderAmount: true })
  const rules = problems.length
    ? check("fail", problems.map((p) => wholesaleMessage(p.code, "zh-CN", clean(p.details))).join("；"), { codes: problems.map((p) => p.code) })
    : check("ok", "符合起订量、倍数、限购与起订金额")

  return { info, stock, credit, prices, rules }
}

/** The order's total against the dealer's available credit now (plus what is already held for this order). */
async function creditCheck(container: MedusaContainer, order: any, dealer: any | null, total: number) {
  if (!dealer) return check("warn", "无经销商账户")
  const { account, entries, balances } = await accountOf(container, dealer.id)
  const limit = Number(account.credit_limit)
  const available = balances.available + heldFor(entries as any, order.id)
  const details = { limit, available, outstanding: balances.outstanding, prepaid: balances.prepaid, total }
  if (limit <= 0) return check("warn", `未授信：须先款后货（预存款余额 ${yuan(balances.prepaid)}）`, details)
  return total <= available
    ? check("ok", `订单金额 ${yuan(total)} 在可用额度 ${yuan(available)} 内`, details)
    : check("warn", `订单金额 ${yuan(total)} 超出可用额度 ${yuan(available)}（欠款 ${yuan(balances.outstanding)}）`, details)
}

/** Lines whose unit price differs from what the dealer would pay for that quantity now. */
async function priceCheck(container: MedusaContainer, order: any, items: any[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const variantIds = items.map((i) => i.variant_id).filter(Boolean)
  if (!variantIds.length || !order.customer_id) return check("ok", "无需比对")
  const [{ data: variants }, { data: customers }] = await Promise.all([
    query.graph({ entity: "variant", fields: ["id", "price_set.id"], filters: { id: variantIds } }),
    query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: order.customer_id } }),
  ])
  const setOf = new Map(variants.map((v: any) => [v.id, v.price_set?.id]))
  const groups = (customers[0]?.groups ?? []).map((g: any) => ({ id: g.id }))
  const changed: { sku: string; ordered: number; now: number }[] = []
  for (const item of items) {
    const setId = setOf.get(item.variant_id)
    if (!setId) continue
    const [price] = await pricing.calculatePrices(
      { id: [setId] },
      { context: { currency_code: order.currency_code, region_id: order.region_id, quantity: item.quantity, customer: { groups } } as any }
    )
    const now = price?.calculated_amount == null ? null : Number(price.calculated_amount)
    if (now !== null && Math.abs(now - Number(item.unit_price)) > 0.001) {
      changed.push({ sku: item.variant_sku ?? item.title, ordered: Number(item.unit_price), now })
    }
  }
  return changed.length
    ? check("warn", `价格已变动：${changed.map((c) => `${c.sku} ${yuan(c.ordered)}→${yuan(c.now)}`).join("；")}`, { changed })
    : check("ok", "价格与当前经销价一致")
}
