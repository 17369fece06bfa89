import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { isApprovedDealer } from "../../dealer-access"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { stockView } from "../../../../modules/wholesale/stock"
import { dealerPricing } from "../../../../workflows/wholesale/lib/dealer-prices"
import { tierOfCustomer } from "../../../../workflows/wholesale/lib/dealer-tier"
import { pricingRegion, wholesaleSettings } from "../../../../workflows/wholesale/lib/store-context"

const Query = z
  .object({
    product_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    region_id: z.string().optional(),
  })
  .refine((q) => q.product_id || q.variant_id, { message: "product_id or variant_id is required", path: ["product_id"] })

/**
 * What a product page needs beyond the product: ordering rules and stock for
 * everyone, and for approved dealers their own unit price, the base price and
 * their tier's quantity breaks. Nobody else gets a price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = q.variant_id?.split(",").filter(Boolean).slice(0, 100)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "manage_inventory", "product.status"],
    filters: ids ? { id: ids } : { product_id: q.product_id },
  })
  const visible = variants.filter((v: any) => v.product?.status === "published")
  const variantIds = visible.map((v: any) => v.id as string)

  const salesChannelId = (req as any).publishable_key_context?.sales_channel_ids?.[0]
  const customerId = (req as any).auth_context?.actor_id as string | undefined
  const approved = await isApprovedDealer(req)
  const [rules, availability, { settings }, tier, region] = await Promise.all([
    req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE).listVariantRules({ variant_id: variantIds }, { take: null }),
    variantIds.length && salesChannelId
      ? getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
      : ({} as Record<string, { availability: number }>),
    wholesaleSettings(req.scope),
    approved ? tierOfCustomer(req.scope, customerId) : null,
    approved ? pricingRegion(req.scope, q.region_id) : null,
  ])
  const pricing =
    approved && customerId && region
      ? await dealerPricing(req.scope, {
          customerId,
          variantIds,
          regionId: region.id,
          currencyCode: region.currency_code,
        })
      : null
  const ruleOf = new Map(rules.map((r) => [r.variant_id, r]))

  res.json({
    tier: tier ? { id: tier.id, name: tier.name, min_order_amount: tier.min_order_amount == null ? null : Number(tier.min_order_amount) } : null,
    stock_display: settings.stock_display,
    variants: visible.map((v: any) => {
      const r = ruleOf.get(v.id)
      const available = availability[v.id]?.availability
      return {
        variant_id: v.id,
        sku: v.sku ?? null,
        rules: {
          min_quantity: r?.min_quantity ?? null,
          multiple: r?.multiple ?? null,
          max_quantity: r?.max_quantity ?? null,
        },
        stock: stockView(available === undefined ? null : Number(available), !!v.manage_inventory, settings),
        pricing: pricing?.get(v.id) ?? null,
      }
    }),
  })
}
