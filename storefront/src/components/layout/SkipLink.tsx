import { getTranslations } from "next-intl/server"

export default async function SkipLink() {
  const t = await getTranslations("Common")
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-3 focus:shadow"
    >
      {t("skipToContent")}
    </a>
  )
}
