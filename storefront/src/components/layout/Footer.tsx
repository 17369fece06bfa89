import { getTranslations } from "next-intl/server"

export default async function Footer() {
  const t = await getTranslations("Footer")
  return (
    <footer className="mt-12 border-t border-gray-200 bg-white">
      <div className="mx-auto max-w-page px-4 py-8 text-sm text-gray-500 lg:px-6">
        <p>{t("about")}</p>
        <p className="mt-2">{t("rights", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
