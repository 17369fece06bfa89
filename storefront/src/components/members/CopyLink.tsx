"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"

/** The invitation link to share by hand (WeChat): shown in full, selectable, with a copy button. */
export default function CopyLink({ url }: { url: string }) {
  const t = useTranslations("Invite")
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    await navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))
  }
  return (
    <div className="rounded-lg border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="invite-link">
      <p>{t("sent")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input readOnly value={url} onFocus={(e) => e.target.select()} className="h-11 min-w-0 flex-1 rounded border border-green-300 bg-white px-2" />
        <button type="button" onClick={copy} className="h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  )
}
