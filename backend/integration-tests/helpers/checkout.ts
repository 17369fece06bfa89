import { Modules } from "@medusajs/framework/utils"

type Auth = { headers: Record<string, string> }

export const ADDRESS = {
  contact_name: "王伟",
  phone: "13812345678",
  province: "上海市",
  city: "上海市",
  district: "浦东新区",
  address: "张江路 88 号 3 楼",
  postal_code: "201203",
}

/** A dealer's cart with the given lines, an address on file and the first shipping option, ready to submit. */
export async function cartReady(api: any, f: any, auth: Auth, lines: { variant_id: string; quantity: number }[]) {
  const { data } = await api.post("/store/carts", { region_id: f.region.id, items: lines }, auth)
  const addresses = await api.get("/store/dealers/me/addresses", auth)
  if (!addresses.data.addresses.length) await api.post("/store/dealers/me/addresses", ADDRESS, auth)
  const options = await api.get(`/store/shipping-options?cart_id=${data.cart.id}`, auth)
  return { cartId: data.cart.id as string, optionId: options.data.shipping_options[0].id as string }
}

export async function submitOrder(api: any, f: any, auth: Auth, lines: { variant_id: string; quantity: number }[], extra: Record<string, unknown> = {}) {
  const { cartId, optionId } = await cartReady(api, f, auth, lines)
  const res = await api.post("/store/dealer-orders/submit", { cart_id: cartId, shipping_option_id: optionId, ...extra }, auth)
  return res.data.order
}

/** Units of a variant that are free to sell at the store's locations. */
export async function available(container: any, variantId: string) {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
  const itemId = data[0].inventory_items[0].inventory_item_id
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId })
  return levels.reduce((sum: number, l: any) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
}

/** Sets a variant's stock at its (only) location. */
export async function setStock(container: any, variantId: string, quantity: number) {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
  const itemId = data[0].inventory_items[0].inventory_item_id
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
  await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: quantity + Number(level.reserved_quantity) }])
}
