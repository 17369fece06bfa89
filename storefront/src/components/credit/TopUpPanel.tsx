import { useTranslations } from "next-intl"
import type { BankDetails as Bank } from "@/lib/credit/types"
import BankDetails from "@/components/payments/BankDetails"
import SlipUploadForm from "@/components/payments/SlipUploadForm"

/** 预存款充值: transfer to the store's account, send the slip; finance confirms before it counts. */
export default function TopUpPanel({ bank }: { bank: Bank | null }) {
  const t = useTranslations("Funds.topUp")
  return (
    <section id="topup" aria-labelledby="topup-heading" className="flex scroll-mt-4 flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="topup">
      <div>
        <h2 id="topup-heading" className="text-base font-semibold text-gray-900">{t("title")}</h2>
        <p className="mt-1 text-sm text-gray-600">{t("intro")}</p>
      </div>
      <BankDetails bank={bank} />
      <SlipUploadForm target="topup" submitLabel={t("submit")} />
    </section>
  )
}
