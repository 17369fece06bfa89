"use client"

import { useEffect, useState } from "react"
import { useTranslations } from "next-intl"

type Props = {
  /**
   * Resolve true when a code was really sent: only then does the cooldown
   * start. A number starts a cooldown of that many seconds (the server's
   * resend_after / retry_after).
   */
  onSend: () => Promise<boolean | number> | boolean | number
  cooldownSeconds?: number
}

export default function SendCodeButton({ onSend, cooldownSeconds = 60 }: Props) {
  const t = useTranslations("SignIn")
  const [remaining, setRemaining] = useState(0)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (remaining <= 0) return
    const timer = setTimeout(() => setRemaining((s) => s - 1), 1000)
    return () => clearTimeout(timer)
  }, [remaining])

  async function handleClick() {
    setBusy(true)
    try {
      const result = await onSend()
      if (typeof result === "number") setRemaining(Math.max(0, Math.ceil(result)))
      else if (result) setRemaining(cooldownSeconds)
    } finally {
      setBusy(false)
    }
  }

  const disabled = busy || remaining > 0
  return (
    <button
      type="button"
      onClick={handleClick}
      disabled={disabled}
      data-testid="send-code"
      className="h-12 shrink-0 whitespace-nowrap rounded-lg border border-brand-600 px-3 text-sm font-medium text-brand-600 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-gray-300 disabled:text-gray-400"
    >
      {remaining > 0 ? t("resendIn", { seconds: remaining }) : t("sendCode")}
    </button>
  )
}
