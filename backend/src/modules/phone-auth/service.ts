import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import type { AuthenticationInput, AuthenticationResponse, AuthIdentityProviderService } from "@medusajs/framework/types"
import { normalizeMobile } from "../dealer/mobile"
import { issueCode, verifyCode, type OtpState } from "./otp"

/**
 * Sign-in with a one-time code sent by SMS. The provider identity's entity is
 * the mainland mobile number; it hangs off the same auth identity as the
 * dealer's e-mail login, so both sign in as the same customer.
 */
class PhoneOtpAuthService extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "SMS one-time code"

  private async state(phone: string, identities: AuthIdentityProviderService) {
    const identity = await identities.retrieve({ entity_id: phone })
    const own = identity.provider_identities?.find((p: any) => p.provider === this.provider && p.entity_id === phone)
    return { identity, state: (own?.provider_metadata ?? {}) as OtpState }
  }

  /** `update({ entity_id: phone, action: "issue_code" })` issues a code and returns it for sending. */
  async update(data: Record<string, unknown>, identities: AuthIdentityProviderService) {
    const phone = normalizeMobile(String(data?.entity_id ?? ""))
    if (!phone || data?.action !== "issue_code") return { success: false, error: "invalid_request" }
    let current
    try {
      current = await this.state(phone, identities)
    } catch (e: any) {
      if (e.type === MedusaError.Types.NOT_FOUND) return { success: false, error: "unknown_phone" }
      throw e
    }
    const issued = issueCode(current.state, Date.now())
    if (!issued.ok) return { success: false, error: issued.reason, retry_after_ms: issued.retryAfterMs }
    await identities.update(phone, { provider_metadata: issued.state })
    return { success: true, code: issued.code }
  }

  async authenticate(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const body = (input.body ?? {}) as Record<string, unknown>
    const phone = normalizeMobile(String(body.phone ?? ""))
    const code = String(body.code ?? "")
    if (!phone || !/^\d{6}$/.test(code)) return { success: false, error: "Invalid phone or code" }
    let current
    try {
      current = await this.state(phone, identities)
    } catch (e: any) {
      if (e.type === MedusaError.Types.NOT_FOUND) return { success: false, error: "Invalid phone or code" }
      throw e
    }
    const result = verifyCode(current.state, code, Date.now())
    if (result.state !== current.state) await identities.update(phone, { provider_metadata: result.state })
    if (!result.ok) {
      const error = result.reason === "expired" ? "Code expired" : result.reason === "locked" ? "Too many wrong codes" : "Invalid phone or code"
      return { success: false, error }
    }
    return { success: true, authIdentity: current.identity }
  }

  async register(): Promise<AuthenticationResponse> {
    // Phone logins are attached to an existing dealer login, never created on their own.
    return { success: false, error: "Register with e-mail and password; the mobile number is attached on application" }
  }
}

export default PhoneOtpAuthService
