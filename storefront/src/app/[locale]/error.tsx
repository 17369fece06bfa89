"use client"

import { startTransition, useEffect } from "react"
import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

// Usually the backend being unreachable. Shows no error details: in
// production Next only passes a digest, and dealers cannot act on a stack.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error")
  const router = useRouter()

  // reset() alone only re-renders on the client; the failure was on the
  // server, so refetch the RSC payload in the same transition.
  const retry = () =>
    startTransition(() => {
      router.refresh()
      reset()
    })

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <section role="alert" data-testid="error-page" className="flex flex-col items-center py-16 text-center">
      <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
      <p className="mt-3 max-w-md text-gray-600">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={retry}
          className="inline-flex h-12 items-center rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
        >
          {t("retry")}
        </button>
        <Link href="/" className="inline-flex h-12 items-center rounded-lg border-2 border-brand-600 px-6 font-semibold text-brand-600 hover:bg-brand-50">
          {t("home")}
        </Link>
      </div>
    </section>
  )
}
