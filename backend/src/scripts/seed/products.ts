import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoProduct } from "../demo/types"
import { demoImageFileName, productImageSvgs } from "../demo/product-image"

type Context = {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  categoryIds: Map<string, string>
}

const BATCH = 16

/** Creates the demo products that do not exist yet (by handle), with images, prices and stock. */
export async function ensureProducts(
  container: MedusaContainer,
  products: DemoProduct[],
  ctx: Context
): Promise<{ created: number; existing: number }> {
  const productService = container.resolve(Modules.PRODUCT)
  const present = await productService.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["handle"], take: null, withDeleted: true }
  )
  const presentHandles = new Set(present.map((p) => p.handle))
  const missing = products.filter((p) => !presentHandles.has(p.handle))

  for (let i = 0; i < missing.length; i += BATCH) {
    await createBatch(container, missing.slice(i, i + BATCH), ctx)
  }
  return { created: missing.length, existing: presentHandles.size }
}

async function createBatch(container: MedusaContainer, batch: DemoProduct[], ctx: Context) {
  const images = await uploadImages(container, batch)
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: batch.map((p) => ({
        title: p.title,
        subtitle: p.subtitle,
        description: p.description,
        handle: p.handle,
        status: p.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
        weight: p.weight_g,
        thumbnail: images.get(p.handle)?.[0],
        images: (images.get(p.handle) ?? []).map((url) => ({ url })),
        category_ids: [ctx.categoryIds.get(p.category)!].filter(Boolean),
        shipping_profile_id: ctx.shippingProfileId,
        sales_channels: [{ id: ctx.salesChannelId }],
        metadata: {
          title_en: p.title_en,
          subtitle_en: p.subtitle_en,
          description_en: p.description_en,
          brand: p.brand,
          unit: p.unit,
          unit_en: p.unit_en,
        },
        options: p.options,
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          barcode: v.barcode,
          ean: v.barcode,
          options: v.options,
          manage_inventory: true,
          allow_backorder: false,
          weight: p.weight_g,
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      })),
    },
  })
  await stockNewVariants(container, result.map((r) => r.id), batch, ctx.stockLocationId)
}

async function uploadImages(container: MedusaContainer, batch: DemoProduct[]) {
  const files = batch.flatMap((p) =>
    productImageSvgs({ title: p.title, subtitle: p.subtitle, hue: p.image.hue, glyph: p.image.glyph }).map(
      (svg, index) => ({
        handle: p.handle,
        filename: demoImageFileName(p.handle, index),
        mimeType: "image/svg+xml",
        content: Buffer.from(svg, "utf8").toString("base64"),
        access: "public" as const,
      })
    )
  )
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: files.map(({ handle: _h, ...f }) => f) },
  })
  const byHandle = new Map<string, string[]>()
  result.forEach((file, i) => {
    const handle = files[i].handle
    byHandle.set(handle, [...(byHandle.get(handle) ?? []), file.url])
  })
  return byHandle
}

async function stockNewVariants(
  container: MedusaContainer,
  productIds: string[],
  batch: DemoProduct[],
  locationId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const levels = data.flatMap((variant: any) =>
    (variant.inventory_items ?? []).map((ii: any) => ({
      inventory_item_id: ii.inventory_item_id,
      location_id: locationId,
      stocked_quantity: stockBySku.get(variant.sku) ?? 0,
    }))
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
