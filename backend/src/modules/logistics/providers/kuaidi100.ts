import { carrierOf } from "../carriers"
import { kuaidi100Sign, parseKuaidi100Result } from "./kuaidi100-format"
import type { TrackingProvider, TrackingUpdate } from "./types"

export type Kuaidi100Options = { key: string; customer?: string; salt?: string; callbackUrl: string; apiUrl?: string }

/** Kuaidi100 (快递100): subscribe with push callbacks, or query on demand. */
export class Kuaidi100Provider implements TrackingProvider {
  readonly id = "kuaidi100"
  constructor(private readonly options: Kuaidi100Options) {}

  private get api() {
    return (this.options.apiUrl ?? "https://poll.kuaidi100.com").replace(/\/$/, "")
  }

  private async post(path: string, form: Record<string, string>) {
    const res = await fetch(`${this.api}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(10_000),
    })
    return res.json().catch(() => null)
  }

  async subscribe({ carrier_code, tracking_number, mobile }: { carrier_code: string; tracking_number: string; mobile?: string | null }) {
    const com = carrierOf(carrier_code)?.kuaidi100
    if (!com) return false
    const param = {
      company: com,
      number: tracking_number,
      key: this.options.key,
      parameters: { callbackurl: this.options.callbackUrl, salt: this.options.salt ?? "", resultv2: "1", phone: mobile?.slice(-4) ?? "" },
    }
    const answer: any = await this.post("/poll", { schema: "json", param: JSON.stringify(param) })
    // 501 means the number is already subscribed: as good as a fresh subscription.
    return answer?.result === true || String(answer?.returnCode) === "501"
  }

  async query({ carrier_code, tracking_number, mobile }: { carrier_code: string; tracking_number: string; mobile?: string | null }): Promise<TrackingUpdate | null> {
    const com = carrierOf(carrier_code)?.kuaidi100
    if (!com || !this.options.customer) return null
    const param = JSON.stringify({ com, num: tracking_number, phone: mobile?.slice(-4) ?? "", resultv2: "1" })
    const sign = kuaidi100Sign(param + this.options.key + this.options.customer)
    return parseKuaidi100Result(await this.post("/poll/query.do", { customer: this.options.customer, sign, param }))
  }
}
