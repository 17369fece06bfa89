import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { routing, toLocale } from "@/i18n/routing"
import Header from "@/components/layout/Header"
import Footer from "@/components/layout/Footer"
import MobileNav from "@/components/layout/MobileNav"
import SkipLink from "@/components/layout/SkipLink"
import { getCurrentDealer } from "@/lib/auth/dealer"
import "../globals.css"

// Catalogue data is live and the backend URL/key are runtime settings, so
// nothing is prerendered: `next build` must succeed with no backend running.
export const dynamic = "force-dynamic"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b8282d",
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: toLocale(locale), namespace: "Metadata" })
  return {
    title: { default: t("title"), template: `%s | ${t("title")}` },
    description: t("description"),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // Cached per request: the header reads the same answer.
  const signedIn = !!(await getCurrentDealer().catch(() => null))

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col pb-16 font-sans md:pb-0">
        <NextIntlClientProvider>
          <SkipLink />
          <Header />
          <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-4 md:py-6 lg:px-6">
            {children}
          </main>
          <Footer />
          <MobileNav signedIn={signedIn} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
