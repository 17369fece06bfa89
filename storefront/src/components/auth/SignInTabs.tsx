"use client"

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { sendSmsCode, signInWithPassword, signInWithSmsCode } from "@/lib/actions/sign-in"
import FormError from "./FormError"
import FormNotice from "./FormNotice"
import PasswordSignInForm from "./PasswordSignInForm"
import SmsCodeSignInForm from "./SmsCodeSignInForm"

type Tab = "password" | "sms"
const TABS: Tab[] = ["password", "sms"]

// The forms validate; server actions sign in and keep the token in an
// httpOnly cookie, then redirect to /account. Refusals show above the form.
export default function SignInTabs() {
  const t = useTranslations("SignIn")
  const tAuth = useTranslations("Auth")
  const locale = useLocale()
  const base = useId()
  const [tab, setTab] = useState<Tab>("password")
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ password: null, sms: null })
  // Marks hydration so e2e tests (and future analytics) know the handlers are live.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  // On success the action redirects, so only a refusal comes back.
  async function signIn(run: () => Promise<{ error: string }>) {
    setNotice(null)
    setError(null)
    const result = await run()
    if (result?.error) setError(result.error)
  }

  async function sendCode(phone: string): Promise<boolean | number> {
    setNotice(null)
    setError(null)
    const result = await sendSmsCode(locale, phone)
    if (result.ok) {
      setNotice(tAuth("codeSent"))
      return result.resendAfter
    }
    setError(result.error)
    return result.retryAfter ?? false
  }
  const label = (x: Tab) => (x === "password" ? t("tabPassword") : t("tabSms"))

  // WAI-ARIA tabs: arrow keys move between tabs.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]
    select(next)
    tabRefs.current[next]?.focus()
  }

  function select(next: Tab) {
    setTab(next)
    setNotice(null)
    setError(null)
  }

  return (
    <div className="flex flex-col gap-5" data-testid="sign-in" data-ready={ready ? "true" : "false"}>
      <div role="tablist" aria-label={t("tabsLabel")} onKeyDown={onKeyDown} className="grid grid-cols-2 border-b border-gray-200">
        {TABS.map((x) => (
          <button
            key={x}
            ref={(el) => {
              tabRefs.current[x] = el
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`${base}-panel-${x}`}
            tabIndex={tab === x ? 0 : -1}
            onClick={() => select(x)}
            className={`-mb-px h-12 border-b-2 text-base font-medium ${
              tab === x ? "border-brand-600 text-brand-600" : "border-transparent text-gray-600 hover:text-gray-900"
            }`}
          >
            {label(x)}
          </button>
        ))}
      </div>

      <FormNotice message={notice} />
      <FormError message={error} />

      {TABS.map((x) => (
        <div
          key={x}
          role="tabpanel"
          id={`${base}-panel-${x}`}
          aria-labelledby={`${base}-tab-${x}`}
          hidden={tab !== x}
        >
          {x === "password" ? (
            <PasswordSignInForm onSubmit={(v) => signIn(() => signInWithPassword(locale, v.account, v.password))} />
          ) : (
            <SmsCodeSignInForm
              onSubmit={(v) => signIn(() => signInWithSmsCode(locale, v.phone, v.code))}
              onSendCode={sendCode}
            />
          )}
        </div>
      ))}
    </div>
  )
}
