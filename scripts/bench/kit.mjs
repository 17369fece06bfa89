// Small helpers the scenario files share.

export const PAGE = 24
export const PRICE_FIELDS = encodeURIComponent("*variants.calculated_price")
export const pick = (list) => list[Math.floor(Math.random() * list.length)]

/** A random page of the bench catalog. */
export const randomOffset = (count, page = PAGE) => Math.floor(Math.random() * Math.max(1, Math.ceil(count / page))) * page

/** A GET request (autocannon's shape) whose path is drawn anew for every request. */
export function randomGet(headers, path) {
  return [
    {
      method: "GET",
      headers,
      setupRequest: (req) => {
        req.path = path()
        return req
      },
    },
  ]
}

/** Staff requests carry the admin token. */
export const staffHeaders = (ctx) => ({ authorization: `Bearer ${ctx.api.adminToken}` })

/**
 * The catalog route (GET /store/catalog/products…) is measured only where the backend has it: a 404 with
 * Medusa's "route not found" means the route is not there (an empty answer still counts as there).
 */
export async function catalogProbe(ctx) {
  const res = await fetch(`${ctx.target.url}/store/catalog/products?limit=1&region_id=${ctx.dataset.regionId}`, {
    headers: ctx.headers(ctx.dealers.tier),
  })
  if (res.status === 404) return "GET /store/catalog/products is not on this backend (404)"
  if (!res.ok) return `GET /store/catalog/products answers ${res.status}: ${(await res.text()).slice(0, 300)}`
  return null
}
