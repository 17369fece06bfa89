// A dealer searches the catalog: a fixed list of terms, Chinese words of the titles among them.
import { PAGE, PRICE_FIELDS, catalogProbe, pick, randomGet } from "../kit.mjs"
import { SEARCH_TERMS } from "../dataset.mjs"

const term = () => encodeURIComponent(pick(SEARCH_TERMS))

export default {
  name: "search",
  title: `Search (q from ${SEARCH_TERMS.length} fixed terms, e.g. 绿茶, 蜂蜜 整箱)`,
  target: "ratio",
  ours: {
    who: "tier dealer",
    endpoint: "GET /store/catalog/products?q=<term>&limit=24&region_id=…",
    connections: "dealer",
    probe: catalogProbe,
    tallyHeader: "x-catalog-cache",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () => `/store/catalog/products?q=${term()}&limit=${PAGE}&region_id=${ctx.dataset.regionId}`),
  },
  stock: {
    who: "the same tier dealer",
    endpoint: "GET /store/products?q=<term>&limit=24&region_id=…&fields=*variants.calculated_price",
    connections: "dealer",
    requests: (ctx) =>
      randomGet(ctx.headers(ctx.dealers.tier), () => `/store/products?q=${term()}&limit=${PAGE}&region_id=${ctx.dataset.regionId}&fields=${PRICE_FIELDS}`),
  },
}
