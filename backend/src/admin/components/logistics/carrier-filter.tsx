import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCarriers } from "../../lib/logistics"
import { carrierName } from "../../lib/logistics-format"

const ANY = "any"

export const CarrierFilter = ({ value, onChange }: { value: string | undefined; onChange: (code: string | undefined) => void }) => {
  const { t, i18n } = useTranslation()
  const { data: carriers } = useCarriers()
  return (
    <Select size="small" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? undefined : v)}>
      <Select.Trigger className="w-full md:w-[180px]" aria-label={t("dealermall.logistics.columns.carrier")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{t("dealermall.logistics.shipments.anyCarrier")}</Select.Item>
        {(carriers ?? []).map((c) => (
          <Select.Item key={c.code} value={c.code}>
            {carrierName(c, i18n.language)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
