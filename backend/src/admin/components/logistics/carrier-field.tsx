import { Input, Select, Skeleton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Carrier } from "../../lib/logistics-types"
import { carrierName } from "../../lib/logistics-format"
import { FormField } from "../dealers/form-field"

type Props = {
  carriers: Carrier[] | undefined
  code: string
  onCode: (code: string) => void
  customName: string
  onCustomName: (name: string) => void
  errors: { carrier?: string; carrierName?: string }
}

/** Carrier picker; 其他 (custom) asks for the carrier's name, which the dealer will see. */
export const CarrierField = ({ carriers, code, onCode, customName, onCustomName, errors }: Props) => {
  const { t, i18n } = useTranslation()
  if (!carriers) return <Skeleton className="h-8 w-full" />
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField id="ship-carrier" label={t("dealermall.logistics.ship.carrier")} error={errors.carrier}>
        <Select size="small" value={code} onValueChange={onCode}>
          <Select.Trigger id="ship-carrier" aria-invalid={!!errors.carrier} data-testid="ship-carrier">
            <Select.Value placeholder={t("dealermall.logistics.ship.carrierPlaceholder")} />
          </Select.Trigger>
          <Select.Content>
            {carriers.map((c) => (
              <Select.Item key={c.code} value={c.code}>
                {carrierName(c, i18n.language)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      {code === "custom" && (
        <FormField id="ship-carrier-name" label={t("dealermall.logistics.ship.carrierName")} error={errors.carrierName}>
          <Input
            id="ship-carrier-name"
            size="small"
            maxLength={60}
            value={customName}
            placeholder={t("dealermall.logistics.ship.carrierNamePlaceholder")}
            onChange={(e) => onCustomName(e.target.value)}
            aria-invalid={!!errors.carrierName}
          />
        </FormField>
      )}
    </div>
  )
}
