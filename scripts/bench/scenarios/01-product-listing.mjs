// A dealer pages through the catalog, 24 products a page with the dealer's own prices.
import { PAGE, PRICE_FIELDS, catalogProbe, randomGet, randomOffset } from "../kit.mjs"

export default {
  name: "product-listing",
  title: "Product listing (24 a page, dealer prices)",
  target: "ratio",
  ours: {
    who: "tier dealer",
    endpoint: "GET /store/catalog/products?limit=24&offset=<random page>&region_id=…",
    connections: "dealer",
    probe: catalogProbe,
    tallyHeader: "x-catalog-cache",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () =>
        `/store/catalog/products?limit=${PAGE}&offset=${randomOffset(ctx.dataset.products.length)}&region_id=${ctx.dataset.regionId}`
      ),
  },
  // Stock Medusa prices a customer in a group with a price list exactly so: core's product list with calculated prices.
  stock: {
    who: "the same tier dealer",
    endpoint: "GET /store/products?limit=24&offset=<random page>&region_id=…&fields=*variants.calculated_price",
    connections: "dealer",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () =>
        `/store/products?limit=${PAGE}&offset=${randomOffset(ctx.dataset.products.length)}&region_id=${ctx.dataset.regionId}&fields=${PRICE_FIELDS}`
      ),
  },
}
