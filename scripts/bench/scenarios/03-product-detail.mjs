// A dealer opens a product page: the product with the dealer's prices, a random bench product each time.
import { PRICE_FIELDS, catalogProbe, pick, randomGet } from "../kit.mjs"

export default {
  name: "product-detail",
  title: "Product detail with the dealer's prices",
  target: "ratio",
  ours: {
    who: "tier dealer",
    endpoint: "GET /store/catalog/products/<handle>?region_id=…",
    connections: "dealer",
    probe: catalogProbe,
    tallyHeader: "x-catalog-cache",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () => `/store/catalog/products/${pick(ctx.dataset.products).handle}?region_id=${ctx.dataset.regionId}`),
  },
  stock: {
    who: "the same tier dealer",
    endpoint: "GET /store/products/<id>?region_id=…&fields=*variants.calculated_price",
    connections: "dealer",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () => `/store/products/${pick(ctx.dataset.products).id}?region_id=${ctx.dataset.regionId}&fields=${PRICE_FIELDS}`),
  },
}
