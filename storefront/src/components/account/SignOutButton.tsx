import { getLocale, getTranslations } from "next-intl/server"
import { signOut } from "@/lib/actions/sign-in"

/** A plain form posting to a server action: works before hydration, needs no client JS. */
export default async function SignOutButton() {
  const t = await getTranslations("Auth")
  const locale = await getLocale()
  return (
    <form action={signOut.bind(null, locale)}>
      <button
        type="submit"
        data-testid="sign-out"
        className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
      >
        {t("signOut")}
      </button>
    </form>
  )
}
