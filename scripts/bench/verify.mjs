// Before measuring: the tier dealer must really get tier prices and the base dealer base prices,
// or the comparison means nothing.

const near = (a, b) => Math.abs(Number(a) - Number(b)) < 0.005

export async function verifyPrices(api, dataset, dealers, log) {
  const problems = []
  const product = dataset.products[Math.floor(dataset.products.length / 2)]
  const variant = product.variants[0]
  const expected = { tier: variant.tier, base: variant.base }
  const breakPrice = variant.breaks[0]
  const expectedAtBreak = { tier: breakPrice.amount, base: variant.base }

  for (const role of ["tier", "base"]) {
    const { token, email } = dealers[role]
    const { product: seen } = await api.get(`/store/products/${product.id}`, {
      auth: token,
      query: { region_id: dataset.regionId, fields: "id,*variants.calculated_price" },
    })
    const price = seen.variants.find((v) => v.id === variant.id)?.calculated_price
    const amount = price?.calculated_amount
    if (!near(amount, expected[role])) {
      problems.push(`${role} dealer ${email} sees ${variant.sku} at ${amount ?? "no price"} in the product API, expected ${role} price ${expected[role]}`)
    }
    const fromList = Boolean(price?.is_calculated_price_price_list)
    if (fromList !== (role === "tier")) {
      problems.push(`${role} dealer's price for ${variant.sku} ${fromList ? "comes from" : "does not come from"} a price list`)
    }

    // The quantity break applies in the cart (the line quantity is the pricing context).
    const { cart } = await api.post("/store/carts", { region_id: dataset.regionId }, { auth: token })
    const { cart: filled } = await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: variant.id, quantity: breakPrice.min_quantity },
      { auth: token }
    )
    const unit = filled.items.find((i) => i.variant_id === variant.id)?.unit_price
    if (!near(unit, expectedAtBreak[role])) {
      problems.push(
        `${role} dealer's cart prices ${breakPrice.min_quantity} × ${variant.sku} at ${unit ?? "nothing"} each, expected ${expectedAtBreak[role]}`
      )
    }
    log(`${role} dealer sees ${variant.sku} at ${amount} (${breakPrice.min_quantity}+ in the cart: ${unit}); base ${variant.base}, tier ${variant.tier}`)
  }
  if (problems.length) {
    throw new Error(`the dealers do not see the prices the bench compares, so measuring would be meaningless:\n  - ${problems.join("\n  - ")}`)
  }
  return { sku: variant.sku, base: variant.base, tier: variant.tier, break: breakPrice }
}
