import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/store-setup"
import { demoProducts } from "../../src/scripts/demo/products"
import { demoRule } from "../../src/scripts/demo/wholesale"
import { customerToken, registrationToken, staffHeaders } from "./auth"
import { applicationFields, applicationForm, PDF } from "./dealer-application"

export const PASSWORD = "wholesale-pass-1"
type Headers = { headers: Record<string, string> }

export const refused = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

/** Seeded store, staff headers and helpers to make dealers in tiers, shared by the wholesale specs. */
export async function wholesaleFixture(api: any, container: any) {
  await seed({ container, args: [] } as any)
  const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  const store = (extra: Record<string, string> = {}): Headers => ({ headers: { "x-publishable-api-key": apiKey.token, ...extra } })
  const staff: Headers = { headers: (await staffHeaders(container, api)).headers }
  const region = (await api.get("/store/regions", store())).data.regions[0]

  async function createTier(name: string, min_order_amount: number | null = null) {
    return (await api.post("/admin/tiers", { name, min_order_amount }, staff)).data.tier
  }

  /** An applicant, approved into the tier unless `approve` is false, with its owner signed in. */
  async function dealer(tier: { customer_group_id: string } | null, approve = true, terms = { credit_limit: 0, payment_terms_days: 0 }) {
    const fields = applicationFields({ mobile: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}` })
    const reg = await registrationToken(api, fields.email, PASSWORD)
    const { data } = await api.post("/store/dealer-applications", applicationForm(fields, { data: PDF, name: "l.pdf" }), store({ authorization: `Bearer ${reg}` }))
    if (approve && tier) {
      await api.post(`/admin/dealers/${data.dealer.id}/approve`, { customer_group_id: tier.customer_group_id, ...terms }, staff)
    }
    const owner = store({ authorization: `Bearer ${await customerToken(api, fields.email, PASSWORD)}` })
    return { dealer: data.dealer, owner, email: fields.email }
  }

  /** Demo variants with plenty of stock and no demo ordering rule, resolved to ids. */
  async function plainVariants(count: number) {
    const picked = demoProducts
      .filter((p) => p.status !== "draft")
      .flatMap((p) => p.variants)
      .filter((v) => v.stock >= 300 && !demoRule(v.sku))
      .slice(0, count)
    const query = container.resolve("query")
    const { data } = await query.graph({ entity: "variant", fields: ["id", "sku"], filters: { sku: picked.map((v) => v.sku) } })
    return picked.map((v) => ({ ...v, id: data.find((d: any) => d.sku === v.sku).id as string }))
  }

  return { store, staff, region, createTier, dealer, plainVariants }
}
