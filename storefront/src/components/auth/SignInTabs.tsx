"use client"

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { useTranslations } from "next-intl"
import FormNotice from "./FormNotice"
import PasswordSignInForm from "./PasswordSignInForm"
import SmsCodeSignInForm from "./SmsCodeSignInForm"

type Tab = "password" | "sms"
const TABS: Tab[] = ["password", "sms"]

// Dealer auth lands in a later issue: until then every action answers with a
// "coming soon" notice instead of pretending to sign in or send an SMS.
export default function SignInTabs() {
  const t = useTranslations("SignIn")
  const base = useId()
  const [tab, setTab] = useState<Tab>("password")
  const [notice, setNotice] = useState<string | null>(null)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ password: null, sms: null })
  // Marks hydration so e2e tests (and future analytics) know the handlers are live.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  const comingSoon = () => setNotice(t("comingSoon"))
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

      {TABS.map((x) => (
        <div
          key={x}
          role="tabpanel"
          id={`${base}-panel-${x}`}
          aria-labelledby={`${base}-tab-${x}`}
          hidden={tab !== x}
        >
          {x === "password" ? (
            <PasswordSignInForm onSubmit={comingSoon} />
          ) : (
            <SmsCodeSignInForm
              onSubmit={comingSoon}
              onSendCode={() => {
                comingSoon()
                return false
              }}
            />
          )}
        </div>
      ))}
    </div>
  )
}
