import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../modules/dealer"
import type DealerModuleService from "../../modules/dealer/service"
import { usccCheckCharacter } from "../../modules/dealer/uscc"
import { submitDealerApplicationWorkflow } from "../../workflows/dealer/submit-dealer-application"
import { transitionDealerWorkflow } from "../../workflows/dealer/transition-dealer"
import { DEMO_DEALER_PASSWORD, demoDealers, demoTiers, type DemoDealer } from "../demo/dealers"

// A one-page PDF saying what it is, so reviewers can open a licence in the demo.
const DEMO_LICENSE = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 297]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
    "4 0 obj<</Length 58>>stream\nBT /F1 18 Tf 40 150 Td (DEMO BUSINESS LICENCE - DealerMall) Tj ET\nendstream endobj\n" +
    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

function uscc(d: DemoDealer) {
  const right = usccCheckCharacter(d.uscc_body)
  return d.uscc_body + (d.checksum_ok === false ? (right === "1" ? "2" : "1") : right)
}

/** Tier customer groups and one demo dealer per review state, each with an owner login. */
export async function ensureDemoDealers(container: MedusaContainer, staffUserId: string | null) {
  const customers = container.resolve(Modules.CUSTOMER)
  const auth = container.resolve(Modules.AUTH)
  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)

  const tiers = new Map<string, string>()
  for (const name of demoTiers) {
    const [group] = await customers.listCustomerGroups({ name })
    tiers.set(name, (group ?? (await customers.createCustomerGroups({ name }))).id)
  }

  let created = 0
  for (const d of demoDealers) {
    if ((await dealers.listDealers({ uscc: uscc(d) })).length) continue
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: d.email, password: DEMO_DEALER_PASSWORD },
    } as any)
    if (error || !authIdentity) throw new Error(`demo dealer login ${d.email}: ${error}`)
    const { result: dealer } = await submitDealerApplicationWorkflow(container).run({
      input: {
        auth_identity_id: authIdentity.id,
        application: {
          company_name: d.company_name, uscc: uscc(d), uscc_checksum_ok: d.checksum_ok !== false,
          contact_name: d.contact_name, mobile: d.mobile, email: d.email,
          province: d.province, city: d.city, district: d.district, address: d.address,
        },
        license: { filename: "营业执照-演示.pdf", mimeType: "application/pdf", content: DEMO_LICENSE.toString("base64") },
      },
    })
    const decide = (action: any, changes?: Record<string, unknown>, note: string | null | undefined = d.note) =>
      transitionDealerWorkflow(container).run({
        input: { dealer_id: dealer.id, action, actor_type: "staff", actor_id: staffUserId, note, changes },
      })
    const approval = () =>
      decide("approve", { tier_group_id: tiers.get(d.tier!), credit_limit: d.credit_limit ?? 0, payment_terms_days: d.payment_terms_days ?? 0 }, null)
    if (d.status === "approved") await approval()
    if (d.status === "suspended") await approval().then(() => decide("suspend"))
    if (d.status === "rejected") await decide("reject")
    if (d.status === "info_requested") await decide("request_info")
    created += 1
  }
  return { created, tiers }
}
