// Bench dealers, made through the real onboarding flow: register a login, apply with a licence (multipart),
// staff approve into a tier (customer group), sign in. Found again by e-mail on the next run.
import { ApiError, mapLimit } from "./api.mjs"

const DOMAIN = "bench.dealermall.test"
export const DEALER_PASSWORD = "BenchDealer2026"

// A 1×1 PNG: the application checks the licence's type by its first bytes.
const LICENSE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

// GB 32100 check character (the same rule as backend/src/modules/dealer/uscc.ts).
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
function uscc(n) {
  const body = "91310115BENCH" + String(n).padStart(4, "0")
  const sum = [...body].reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i], 0)
  return body + USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

export const BUYERS = 10

/**
 * Dealer 1 is measured at tier prices, dealer 2 at base prices, dealers 3–12 are the buyers who place, and pay
 * for, the orders the write scenarios need; the rest fill the data set. Odd dealers are in the tier, even ones not.
 */
export function dealerSpecs(count, { tierGroupId, baseGroupId }) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1
    const role = n === 1 ? "tier" : n === 2 ? "base" : null
    const email = role ? `bench-${role}@${DOMAIN}` : `bench-dealer-${String(n).padStart(3, "0")}@${DOMAIN}`
    return {
      n,
      role,
      email,
      groupId: n % 2 === 1 ? tierGroupId : baseGroupId,
      application: {
        company_name: role ? `压测经销商（${role === "tier" ? "等级价" : "基础价"}）有限公司` : `压测经销商 ${n} 号商行`,
        uscc: uscc(n),
        contact_name: `压测 ${n}`,
        mobile: `1390000${String(n).padStart(4, "0")}`,
        email,
        province: "上海市",
        city: "上海市",
        district: "浦东新区",
        address: `压测路 ${n} 号`,
      },
    }
  })
}

export async function ensureDealers(api, config, dataset, log) {
  const specs = dealerSpecs(config.dealers, dataset)
  const existing = new Map(
    (await api.all("/admin/dealers", "dealers", { query: { q: DOMAIN }, pageSize: 100 })).map((d) => [d.email, d])
  )
  const missing = specs.filter((s) => !existing.has(s.email))
  if (missing.length) log(`onboarding ${missing.length} bench dealers (register, apply, approve)…`)
  else log(`reusing ${specs.length} bench dealers`)
  await mapLimit(specs, 4, async (spec) => {
    let dealer = existing.get(spec.email)
    if (!dealer) dealer = await apply(api, spec)
    if (dealer.status === "pending" || dealer.status === "info_requested") {
      ;({ dealer } = await api.post(
        `/admin/dealers/${dealer.id}/approve`,
        { customer_group_id: spec.groupId, credit_limit: 1_000_000, payment_terms_days: 30, note: "bench" },
        { auth: "admin" }
      ))
    }
    if (dealer.status !== "approved") {
      throw new Error(`bench dealer ${spec.email} is ${dealer.status}; delete it or approve it by hand`)
    }
    if (spec.role === "tier" && dealer.tier_group_id !== spec.groupId && dataset.tierId) {
      // e.g. approved before the wholesale module existed: move it into the bench tier the way staff would.
      ;({ dealer } = await api.post(`/admin/dealers/${dealer.id}/tier`, { tier_id: dataset.tierId, note: "bench" }, { auth: "admin" }))
    }
    if (spec.role && dealer.tier_group_id !== spec.groupId) {
      throw new Error(`bench dealer ${spec.email} is in customer group ${dealer.tier_group_id}, expected ${spec.groupId}`)
    }
    spec.dealerId = dealer.id
  })

  const signIn = async (spec) => {
    const token = await api.signInCustomer(spec.email, DEALER_PASSWORD)
    const { dealer } = await api.get("/store/dealers/me", { auth: token })
    if (dealer.status !== "approved") throw new Error(`${spec.email} signs in but its dealer is ${dealer.status}`)
    return { role: spec.role, email: spec.email, dealerId: dealer.id, groupId: spec.groupId, company: dealer.company_name, token }
  }
  const measured = {}
  for (const spec of specs.filter((s) => s.role)) measured[spec.role] = await signIn(spec)
  // Buyers submit orders with their company's saved address, as the storefront does.
  measured.buyers = await mapLimit(specs.slice(2, 2 + BUYERS), 4, async (spec) => {
    const buyer = await signIn(spec)
    const { addresses } = await api.get("/store/dealers/me/addresses", { auth: buyer.token })
    if (!addresses.length) {
      const a = spec.application
      await api.post(
        "/store/dealers/me/addresses",
        { contact_name: a.contact_name, phone: a.mobile, province: a.province, city: a.city, district: a.district, address: a.address, is_default: true },
        { auth: buyer.token }
      )
    }
    return buyer
  })
  return measured
}

async function apply(api, spec) {
  let token
  try {
    ;({ token } = await api.post(`/auth/customer/emailpass/register`, { email: spec.email, password: DEALER_PASSWORD }))
  } catch (e) {
    // A run stopped between registering and applying leaves a login without a dealer.
    if (!(e instanceof ApiError) || e.status >= 500) throw e
    token = await api.signInCustomer(spec.email, DEALER_PASSWORD)
  }
  const form = new FormData()
  for (const [k, v] of Object.entries(spec.application)) form.append(k, v)
  form.append("license", new Blob([LICENSE_PNG], { type: "image/png" }), "license.png")
  const { dealer } = await api.request("POST", "/store/dealer-applications", { auth: token, form })
  return dealer
}
