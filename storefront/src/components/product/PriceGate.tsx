import { getTranslations } from "next-intl/server"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { Link } from "@/i18n/navigation"
import { LockIcon } from "@/components/common/icons"

// Stands where a price would be. Visitors never get prices (R1.4), not even in
// the page payload: we do not request them from the backend at all.
export default async function PriceGate({ size = "card" }: { size?: "card" | "detail" }) {
  const t = await getTranslations("Price")
  const tw = await getTranslations("DealerPrice")
  // Signed in but not (yet) approved: "sign in" would be wrong; the account page says where they stand.
  const signedIn = !!(await getCurrentDealer().catch(() => null))
  const classes =
    size === "detail"
      ? "h-12 px-5 text-lg rounded-lg bg-brand-600 text-white hover:bg-brand-700"
      : "min-h-[44px] text-sm text-brand-600 hover:text-brand-800 hover:underline"

  return (
    <Link
      href={signedIn ? "/account" : "/sign-in"}
      data-testid="price-gate"
      title={t("dealerOnly")}
      className={`inline-flex items-center gap-1.5 font-medium ${classes}`}
    >
      <LockIcon width={size === "detail" ? 20 : 16} height={size === "detail" ? 20 : 16} />
      {signedIn ? tw("afterApproval") : t("signInToSee")}
    </Link>
  )
}
